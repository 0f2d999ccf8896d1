export function FatalError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Unknown error.';
  return (
    <main className="fatal-error">
      <h1>The console could not start</h1>
      <p>{message}</p>
      <p>Reload the page to try again.</p>
    </main>
  );
}
