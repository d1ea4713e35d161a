/** A field's message, referenced by the field's aria-describedby; empty keeps the layout still. */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return <p id={id} className="field-error">{message ?? ''}</p>;
}
