import { describe, expect, it } from 'vitest';
import { externalIdUrl, hasExternalIdPlaceholder } from './external-id-link';

describe('externalIdUrl', () => {
  it('puts the id where the placeholder is, every time it appears', () => {
    expect(
      externalIdUrl('https://crm.example.com/r/{{externalId}}?again={{ externalId }}', 'A-1'),
    ).toBe('https://crm.example.com/r/A-1?again=A-1');
  });

  it('URI-encodes the id so it cannot change the path, query or fragment', () => {
    expect(externalIdUrl('https://crm.example.com/r/{{externalId}}', 'a/b?c=d#e f&g')).toBe(
      'https://crm.example.com/r/a%2Fb%3Fc%3Dd%23e%20f%26g',
    );
    expect(externalIdUrl('https://crm.example.com/r/{{externalId}}', '../admin')).toBe(
      'https://crm.example.com/r/..%2Fadmin',
    );
  });

  it('keeps a template without the placeholder as one link for every id', () => {
    expect(externalIdUrl('https://crm.example.com/home', 'A-1')).toBe(
      'https://crm.example.com/home',
    );
  });

  it('refuses every scheme but http and https', () => {
    for (const template of [
      'javascript:alert({{externalId}})',
      'JavaScript:alert(1)//{{externalId}}',
      ' javascript:alert(1)',
      'data:text/html,{{externalId}}',
      'vbscript:msgbox({{externalId}})',
      'ftp://files.example.com/{{externalId}}',
      'file:///etc/{{externalId}}',
    ]) {
      expect(externalIdUrl(template, 'A-1'), template).toBeNull();
    }
  });

  it('cannot be turned into another scheme by the id', () => {
    expect(externalIdUrl('{{externalId}}', 'javascript:alert(1)')).toBeNull();
    expect(externalIdUrl('{{externalId}}//crm.example.com', 'https:')).toBeNull();
  });

  it('offers nothing for a relative, empty or missing template or an empty id', () => {
    expect(externalIdUrl('/records/{{externalId}}', 'A-1')).toBeNull();
    expect(externalIdUrl('', 'A-1')).toBeNull();
    expect(externalIdUrl(undefined, 'A-1')).toBeNull();
    expect(externalIdUrl('https://crm.example.com/{{externalId}}', '')).toBeNull();
  });
});

describe('hasExternalIdPlaceholder', () => {
  it('finds the placeholder with or without spaces, and only that name', () => {
    expect(hasExternalIdPlaceholder('https://x.example/{{externalId}}')).toBe(true);
    expect(hasExternalIdPlaceholder('https://x.example/{{ externalId }}')).toBe(true);
    expect(hasExternalIdPlaceholder('https://x.example/{{id}}')).toBe(false);
    expect(hasExternalIdPlaceholder('https://x.example/{externalId}')).toBe(false);
  });
});
