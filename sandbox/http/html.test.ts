import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, escapeHtml } from './html.ts';

describe('escapeHtml', () => {
  it('neutralises a hostile value meant to break out of an attribute', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Alex Admin')).toBe('Alex Admin');
  });
});

describe('contentSecurityPolicy', () => {
  it('forbids forms unless targets are given', () => {
    expect(contentSecurityPolicy()).toContain("form-action 'none'");
    expect(contentSecurityPolicy(["'self'", 'http://localhost:5173'])).toContain(
      "form-action 'self' http://localhost:5173",
    );
  });
});
