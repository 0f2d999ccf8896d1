import { CORE_TYPE_NAMES, type CoreTypeName } from '@/models/data-schema';

const TYPE_SUFFIX = new RegExp(`_(${CORE_TYPE_NAMES.join('|')})$`);

/**
 * A field key in Genesys' `<name>_<coretype>` form from a title: "Loyalty tier" + enum →
 * `loyalty_tier_enum`. Accents are folded, anything else not a-z/0-9 becomes one underscore, a
 * leading digit gets a `field_` prefix (keys start with a letter), the name is cut so the whole
 * key fits `maxLength`, and `_2`, `_3`… keep it unique among `taken`.
 */
export function fieldKeyFromTitle(
  title: string,
  coreType: CoreTypeName,
  taken: ReadonlySet<string> = new Set(),
  maxLength = 100,
): string {
  let name = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // A title like "Start date" must not become start_date_date: drop a trailing type word once.
  if (TYPE_SUFFIX.test(name) && name.replace(TYPE_SUFFIX, '') !== '') {
    const stripped = name.replace(TYPE_SUFFIX, '');
    if (name.endsWith(`_${coreType}`)) name = stripped;
  }
  if (name === '') name = 'field';
  if (!/^[a-z]/.test(name)) name = `field_${name}`;
  const suffix = `_${coreType}`;
  const fit = (base: string, extra: string) =>
    `${base.slice(0, Math.max(1, maxLength - suffix.length - extra.length)).replace(/_+$/, '')}${extra}${suffix}`;
  let key = fit(name, '');
  for (let n = 2; taken.has(key); n += 1) key = fit(name, `_${n}`);
  return key;
}
