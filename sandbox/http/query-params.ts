/** Fastify's query parser yields a string for a single key and an array for a repeated one. */
export type QueryRecord = Record<string, string | string[] | undefined>;

export function asQueryRecord(query: unknown): QueryRecord {
  if (typeof query !== 'object' || query === null) return {};
  const record: QueryRecord = {};
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') record[key] = value;
    else if (Array.isArray(value))
      record[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return record;
}

/** The first value of a parameter (Genesys ignores repeats of single-valued parameters). */
export function singleParam(query: QueryRecord, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * All values of a list parameter. The SDKs repeat the key (`expand=a&expand=b`), people type
 * `expand=a,b`; both work, as they do against a real org.
 */
export function listParam(query: QueryRecord, name: string): string[] {
  const value = query[name];
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return raw
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
