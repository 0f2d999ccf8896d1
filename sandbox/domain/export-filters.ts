import type { ExportFilter } from './export-request.ts';

/**
 * What an export filter can look at on one record: each field name of the filter models maps to
 * the record's values (several for multi-valued fields such as ExternalSourceId). Ids and enum
 * values compare ignoring case; dates compare as instants.
 */
export type ExportFacts = Readonly<Record<string, readonly string[]>>;

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}

function compareDates(facts: ExportFacts, field: string, bound: string, atMost: boolean): boolean {
  const limit = Date.parse(bound);
  return (facts[field] ?? []).some((value) => {
    const time = Date.parse(value);
    if (Number.isNaN(time)) return false;
    return atMost ? time <= limit : time >= limit;
  });
}

export function matchesFilter(filter: ExportFilter, facts: ExportFacts): boolean {
  if ('eq' in filter) {
    return (facts[filter.eq.field] ?? []).some((value) => sameText(value, filter.eq.value));
  }
  if ('in' in filter) {
    const values = facts[filter.in.field] ?? [];
    return values.some((value) => filter.in.values.some((wanted) => sameText(value, wanted)));
  }
  if ('lte' in filter) return compareDates(facts, filter.lte.field, filter.lte.value, true);
  if ('gte' in filter) return compareDates(facts, filter.gte.field, filter.gte.value, false);
  if ('and' in filter) return filter.and.every((child) => matchesFilter(child, facts));
  if ('or' in filter) return filter.or.some((child) => matchesFilter(child, facts));
  return !matchesFilter(filter.not, facts);
}
