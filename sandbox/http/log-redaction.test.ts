import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.ts';

describe('redactUrl', () => {
  it('blanks tokens and secrets but keeps other parameters', () => {
    expect(redactUrl('/x?access_token=abc&pageSize=5&client_secret=s')).toBe(
      '/x?access_token=[redacted]&pageSize=5&client_secret=[redacted]',
    );
  });

  it('leaves URLs without a query string alone', () => {
    expect(redactUrl('/api/v2/users/me')).toBe('/api/v2/users/me');
  });
});
