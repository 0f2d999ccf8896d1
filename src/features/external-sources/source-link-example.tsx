import {
  EXTERNAL_ID_PLACEHOLDER,
  externalIdUrl,
  hasExternalIdPlaceholder,
} from '@/record-kit/details/external-id-link';

/**
 * What a record page would link to for the sample id, built by the same code the record pages
 * use, so the example cannot promise a link the pages would not build.
 */
export function SourceLinkExample({ template, sampleId }: { template: string; sampleId: string }) {
  const trimmed = template.trim();
  let message: string;
  let url: string | null = null;
  if (trimmed === '') {
    message = 'No template: external ids on this source are shown without a link.';
  } else if (sampleId === '') {
    message = 'Type a sample external id to see the link it would open.';
  } else {
    url = externalIdUrl(trimmed, sampleId);
    message = url === null ? 'No link: the template is not an http:// or https:// URL.' : '';
  }
  return (
    <div className="source-link-example">
      <p className="muted">
        Write <code>{EXTERNAL_ID_PLACEHOLDER}</code> where the record&apos;s id goes; it is
        URI-encoded. Example: <code>https://crm.example.com/records/{EXTERNAL_ID_PLACEHOLDER}</code>
        .
      </p>
      {trimmed !== '' && !hasExternalIdPlaceholder(trimmed) ? (
        <p className="muted">
          The template has no <code>{EXTERNAL_ID_PLACEHOLDER}</code>: every external id would open
          the same page.
        </p>
      ) : null}
      <p aria-live="polite" data-testid="source-link-example">
        {url === null ? (
          message
        ) : (
          <>
            Link for this id: <span className="source-link-url">{url}</span>
          </>
        )}
      </p>
    </div>
  );
}
