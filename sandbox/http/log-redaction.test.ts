import { afterEach, describe, expect, it, vi } from 'vitest';
import { testServer } from '../testing/sandbox-test-kit.ts';
import { redactUrl } from './log-redaction.ts';

describe('redactUrl', () => {
  it('blanks tokens and secrets but keeps other parameters', () => {
    expect(redactUrl('/x?access_token=abc&pageSize=5&client_secret=s')).toBe(
      '/x?access_token=[redacted]&pageSize=5&client_secret=[redacted]',
    );
  });

  it('blanks the signature of a presigned URL, ours or S3-style, but keeps its expiry', () => {
    expect(redactUrl('/sandbox-files/exports/e1.csv?expires=1700000000&signature=abc-_')).toBe(
      '/sandbox-files/exports/e1.csv?expires=1700000000&signature=[redacted]',
    );
    expect(redactUrl('/f?X-Amz-Signature=ab&X-Amz-Credential=cd&token=ef&X-Amz-Expires=9')).toBe(
      '/f?X-Amz-Signature=[redacted]&X-Amz-Credential=[redacted]&token=[redacted]&X-Amz-Expires=9',
    );
  });

  it('leaves URLs without a query string alone', () => {
    expect(redactUrl('/api/v2/users/me')).toBe('/api/v2/users/me');
  });
});

describe('request logging (--log requests)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never writes a file signature to the log', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    const app = await testServer({ log: 'requests' });
    try {
      await app.inject({
        method: 'GET',
        url: '/sandbox-files/exports/x.csv?expires=9999999999&signature=SECRET-SIGNATURE',
      });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('/sandbox-files/exports/x.csv?expires=9999999999&signature=[redacted]');
    expect(log).not.toContain('SECRET-SIGNATURE');
  });
});
