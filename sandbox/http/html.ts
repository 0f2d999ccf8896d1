const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value reflected into a page goes through this, in text and in attributes alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Pages carry no scripts and no external resources; the CSP makes sure nothing else sneaks in. */
export function contentSecurityPolicy(formActions: readonly string[] = []): string {
  const formAction = formActions.length === 0 ? "'none'" : formActions.join(' ');
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2937; background: #f4f5f7; }
  body { margin: 0; }
  main { max-width: 44rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 8px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  .badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; background: #fde68a;
    font-size: 0.8rem; font-weight: 600; }
  fieldset { border: 1px solid #d1d5db; border-radius: 6px; padding: 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { display: flex; gap: 1rem; align-items: flex-start; padding: 0.75rem 0; border-top: 1px solid #e5e7eb; }
  li:first-child { border-top: 0; }
  button { font: inherit; padding: 0.5rem 0.9rem; border: 1px solid #1d4ed8; border-radius: 6px;
    background: #2563eb; color: #fff; cursor: pointer; min-width: 13rem; text-align: left; }
  button:hover { background: #1d4ed8; }
  button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  .role { margin: 0; }
  .role strong { display: block; }
  .alert { border: 1px solid #b91c1c; background: #fef2f2; color: #7f1d1d; padding: 0.75rem; border-radius: 6px; }
  code { overflow-wrap: anywhere; }
`;

/** `title` and `body` must already be escaped HTML. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
