import type { FieldErrors } from 'react-hook-form';

/** Reads a (possibly nested) field's error message, e.g. a phone's `<key>.display` or `tickers.0.symbol`. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
