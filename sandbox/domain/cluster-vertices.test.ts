import { describe, expect, it } from 'vitest';
import { claimedVertexKey, contactVertexKeys, documentVertexKeys } from './cluster-vertices.ts';
import type { IdentifierVertexKey, NormalizedType } from './cluster-vertices.ts';

describe('documentVertexKeys', () => {
  it('normalises emails, phones and social ids of a stored contact', () => {
    const keys = documentVertexKeys({
      workEmail: ' Ann@Example.COM ',
      personalEmail: 'ann@home.example',
      cellPhone: { display: '(317) 222-2222', e164: '+13172222222' },
      homePhone: { display: 'not a number' },
      whatsAppId: { phoneNumber: { e164: '+447700900123' } },
      twitterId: { id: '12345', screenName: '@AnnTweets' },
      facebookId: { ids: [{ scopedId: 'fb-1' }] },
      instagramId: { ids: [{ scopedId: '999' }], handle: '@Ann.Gram' },
      externalIds: [{ externalSource: { id: 's1' }, value: 'crm-7' }],
      firstName: 'Ann',
    });
    // [graph type, normalised value], in field order.
    const expected: [NormalizedType, string][] = [
      ['Email', 'ann@example.com'],
      ['Email', 'ann@home.example'],
      ['Phone', '+13172222222'],
      ['Phone', '+447700900123'],
      ['TwitterId', '12345'],
      ['TwitterHandle', 'anntweets'],
      ['FacebookId', 'fb-1'],
      ['InstagramId', '999'],
      ['InstagramHandle', 'ann.gram'],
      ['ExternalId', 'crm-7'],
    ];
    expect(keys).toEqual(expected.map(([type, value]) => ({ type, value })));
  });

  it('finds nothing in a contact with only names', () => {
    expect(documentVertexKeys({ firstName: 'Ann', lastName: 'Lee' })).toEqual([]);
  });
});

describe('claimedVertexKey', () => {
  it('maps claim types onto graph types', () => {
    // [claim type, claimed value, the graph's key or null for types the graph ignores]
    const cases: [string, string, IdentifierVertexKey | null][] = [
      ['Email', 'A@B.example', { type: 'Email', value: 'a@b.example' }],
      ['Phone', '+1 317 222 2222', { type: 'Phone', value: '+13172222222' }],
      ['SocialTwitter', '@Ann', { type: 'TwitterHandle', value: 'ann' }],
      ['SocialTwitter', '42', { type: 'TwitterId', value: '42' }],
      ['ExternalId', 'x-1', { type: 'ExternalId', value: 'x-1' }],
      ['Cookie', 'abc', null],
    ];
    for (const [type, value, key] of cases) {
      expect(claimedVertexKey({ type, value })).toEqual(key);
    }
  });

  it('deduplicates a claim that repeats a field value', () => {
    const keys = contactVertexKeys({ workEmail: 'ann@x.example' }, [
      { type: 'Email', value: 'ANN@x.example' },
    ]);
    expect(keys).toEqual([{ type: 'Email', value: 'ann@x.example' }]);
  });
});
