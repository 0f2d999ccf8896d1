import { Link } from '@tanstack/react-router';
import { GuxInlineAlert } from 'genesys-spark-components-react';

export function SignInRefused({ title, message }: { title: string; message: string }) {
  return (
    <main className="centered-page">
      <section className="sign-in-card" aria-labelledby="refused-heading">
        <h1 id="refused-heading">{title}</h1>
        <GuxInlineAlert accent="error">
          <div>{message}</div>
        </GuxInlineAlert>
        <p>
          <Link to="/login">Sign in again</Link>
        </p>
      </section>
    </main>
  );
}
