import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContactTypeBadge } from './contact-type-badge';

describe('the contact type badge', () => {
  it.each([
    ['Curated', 'token-badge-success'],
    ['Identified', 'token-badge-info'],
    ['Ephemeral', 'token-badge-warning'],
  ] as const)('shows %s with Spark’s %s badge colours, in plain HTML', (type, accentClass) => {
    const html = renderToString(<ContactTypeBadge type={type} />);
    expect(html).toContain(`class="token-badge ${accentClass}"`);
    expect(html).toContain(`>${type}<`);
    expect(html).not.toContain('gux-');
  });

  it('says Unknown when the contact has no type', () => {
    expect(renderToString(<ContactTypeBadge type={undefined} />)).toContain('Unknown');
  });
});
