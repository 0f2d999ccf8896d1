import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportMatchingFields } from './import-matching';
import type { MatchSettings } from './import-plan';

/** The keys' boxes as rendered, in order (Email, Phone, External id), and the whole markup. */
function boxes(props: { jobPath: boolean; externalIdMapped: boolean; settings: MatchSettings }) {
  const html = renderToStaticMarkup(
    <ImportMatchingFields {...props} disabled={false} onChange={() => {}} />,
  );
  const inputs = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map(([input]) => ({
    checked: / checked=""/.test(input),
    disabled: / disabled=""/.test(input),
  }));
  return { inputs, html };
}

const all: MatchSettings = { keys: ['email', 'phone', 'externalId'], action: 'skip' };

describe('the External id key', () => {
  it('follows the choice in the tab once a column gives ids, and waits for one before', () => {
    expect(boxes({ jobPath: false, externalIdMapped: true, settings: all }).inputs[2]).toEqual({
      checked: true,
      disabled: false,
    });
    expect(
      boxes({ jobPath: false, externalIdMapped: true, settings: { ...all, keys: ['email'] } })
        .inputs[2],
    ).toEqual({ checked: false, disabled: false });
    const unmapped = boxes({ jobPath: false, externalIdMapped: false, settings: all });
    expect(unmapped.inputs[2]).toEqual({ checked: false, disabled: true });
    expect(unmapped.html).toContain('External id needs a column mapped to it (step 2).');
  });

  it('is always on in an import job with ids, and says why', () => {
    const job = boxes({
      jobPath: true,
      externalIdMapped: true,
      settings: { keys: [], action: 'create' },
    });
    expect(job.inputs).toEqual([
      { checked: false, disabled: false },
      { checked: false, disabled: false },
      { checked: true, disabled: true },
    ]);
    expect(job.html).toContain('is always matched to that contact');
    // Keys or not, a stored id still matches: the actions stay offered, fill-only excepted.
    expect(job.html).toContain('Create a new contact anyway');
    expect(job.html).not.toContain('fill empty fields only');
    expect(job.html).toContain('fails rather than give a second contact the same id');
  });
});
