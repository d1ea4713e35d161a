import { useT } from '../../ui/i18n/I18nProvider';

/** The bundled seed failed validation: the app shows nothing of it, and says exactly what is wrong. */
export function SeedInvalid({ errors }: { readonly errors: readonly string[] }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="seed-invalid-title">
      <h1 id="seed-invalid-title">{t('seed.title')}</h1>
      <p>{t('seed.body')}</p>
      {/* The problems are the validator's own words (English, for whoever rebuilds the seed). */}
      <ul className="problems" aria-label={t('seed.problems')} lang="en" dir="ltr">
        {errors.map((error) => <li key={error}>{error}</li>)}
      </ul>
    </section>
  );
}
