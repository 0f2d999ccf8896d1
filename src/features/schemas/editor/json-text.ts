/** The JSON view's text: stable 2-space formatting so the same document is the same text. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; message: string; line: number };

function lineAt(text: string, position: number): number {
  return text.slice(0, Math.max(0, position)).split('\n').length;
}

/** JSON.parse with the line of a syntax error (engines name a position or a line/column). */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/i.exec(message);
    if (lineColumn) return { ok: false, message, line: Number(lineColumn[1]) };
    const position = /position (\d+)/i.exec(message);
    if (position) return { ok: false, message, line: lineAt(text, Number(position[1])) };
    // V8 names no position, but quotes the text around the bad token: find that text.
    const quoted =
      /Unexpected token '([\s\S])', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
        message,
      );
    if (quoted?.[1] !== undefined && quoted[2] !== undefined) {
      const at = text.indexOf(quoted[2]);
      if (at !== -1) {
        return { ok: false, message, line: lineAt(text, at + quoted[2].indexOf(quoted[1])) };
      }
    }
    // "Unexpected end of JSON input": the problem is where the text stops.
    return { ok: false, message, line: text.trimEnd().split('\n').length };
  }
}

/**
 * The line a problem's fieldName points at in the JSON view's text (the view shows the
 * `jsonSchema` object, so `jsonSchema.properties.a_text.maxLength` is the `"maxLength"` line
 * inside the `"a_text"` block). Walks the path key by key, each searched after the previous one;
 * falls back to the deepest part found, or line 1.
 */
export function lineOfFieldName(text: string, fieldName: string): number {
  const path = fieldName
    .replace(/^jsonSchema\.?/, '')
    .split('.')
    .filter(Boolean);
  let from = 0;
  let found = 0;
  for (const part of path) {
    const at = text.indexOf(`"${part}"`, from);
    if (at === -1) break;
    from = at + part.length + 2;
    found = at;
  }
  return found === 0 ? 1 : lineAt(text, found);
}
