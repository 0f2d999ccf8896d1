export type QueryValue =
  string | number | boolean | null | undefined | ReadonlyArray<string | number>;

/** Genesys takes array parameters as repeated keys (`expand=a&expand=b`), like its SDKs send them. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
