/** The bundled seed failed validation: the app shows nothing of it, and says exactly what is wrong. */
export function SeedInvalid({ errors }: { readonly errors: readonly string[] }) {
  return (
    <section className="panel" aria-labelledby="seed-invalid-title">
      <h1 id="seed-invalid-title">The compact data in this build is invalid</h1>
      <p>Tandem refuses to show a compact it cannot vouch for. Nothing in your workspace was changed.</p>
      <ul className="problems" aria-label="Seed problems">
        {errors.map((error) => <li key={error}>{error}</li>)}
      </ul>
    </section>
  );
}
