/**
 * Deep links into the system an external id came from (ExternalSource.linkConfiguration).
 *
 * Genesys documents the template only as "a valid URL (including the http/https protocol, port,
 * and path)" and not its placeholder. The console uses `{{externalId}}` (spaces inside the
 * braces allowed), the form shown by the sandbox's own examples: every occurrence is replaced by
 * the id, URI-encoded, so an id holding `/`, `?`, `#` or `&` cannot change which page opens. A
 * template without the placeholder links every id to the same page.
 */
export const EXTERNAL_ID_PLACEHOLDER = '{{externalId}}';

const PLACEHOLDER_PATTERN = /\{\{\s*externalId\s*\}\}/g;

export const hasExternalIdPlaceholder = (template: string): boolean =>
  new RegExp(PLACEHOLDER_PATTERN.source).test(template);

/**
 * The link for one external id, or null when there is none to offer: an empty template or id,
 * or a result that is not an absolute http(s) URL (a `javascript:` or `data:` template must
 * never become an href, whatever the API holds).
 */
export function externalIdUrl(template: string | undefined, externalId: string): string | null {
  const trimmed = template?.trim() ?? '';
  if (trimmed === '' || externalId === '') return null;
  const expanded = trimmed.replace(PLACEHOLDER_PATTERN, () => encodeURIComponent(externalId));
  let url: URL;
  try {
    url = new URL(expanded);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
