import { GuxInlineAlert } from 'genesys-spark-components-react';
import { SignInForm } from './sign-in-form';

/** The sign-in page with the reason the last attempt failed, ready to try again. */
export function SignInRefused({
  title,
  message,
  returnTo,
}: {
  title: string;
  message: string;
  returnTo: string | undefined;
}) {
  return (
    <main className="centered-page">
      <section className="sign-in-card" aria-labelledby="refused-heading">
        <p className="product-name">External Contacts Console</p>
        <h1 id="refused-heading">{title}</h1>
        <GuxInlineAlert accent="error">
          <div>{message}</div>
        </GuxInlineAlert>
        <h2>Sign in again</h2>
        <SignInForm returnTo={returnTo} />
      </section>
    </main>
  );
}
