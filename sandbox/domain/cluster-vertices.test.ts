import { describe, expect, it } from 'vitest';
import { claimedVertexKey, contactVertexKeys, documentVertexKeys } from './cluster-vertices.ts';

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
    expect(keys).toEqual([
      { type: 'Email', value: 'ann@example.com' },
      { type: 'Email', value: 'ann@home.example' },
      { type: 'Phone', value: '+13172222222' },
      { type: 'Phone', value: '+447700900123' },
      { type: 'TwitterId', value: '12345' },
      { type: 'TwitterHandle', value: 'anntweets' },
      { type: 'FacebookId', value: 'fb-1' },
      { type: 'InstagramId', value: '999' },
      { type: 'InstagramHandle', value: 'ann.gram' },
      { type: 'ExternalId', value: 'crm-7' },
    ]);
  });

  it('finds nothing in a contact with only names', () => {
    expect(documentVertexKeys({ firstName: 'Ann', lastName: 'Lee' })).toEqual([]);
  });
});

describe('claimedVertexKey', () => {
  it('maps claim types onto graph types', () => {
    expect(claimedVertexKey({ type: 'Email', value: 'A@B.example' })).toEqual({
      type: 'Email',
      value: 'a@b.example',
    });
    expect(claimedVertexKey({ type: 'Phone', value: '+1 317 222 2222' })).toEqual({
      type: 'Phone',
      value: '+13172222222',
    });
    expect(claimedVertexKey({ type: 'SocialTwitter', value: '@Ann' })).toEqual({
      type: 'TwitterHandle',
      value: 'ann',
    });
    expect(claimedVertexKey({ type: 'SocialTwitter', value: '42' })).toEqual({
      type: 'TwitterId',
      value: '42',
    });
    expect(claimedVertexKey({ type: 'ExternalId', value: 'x-1' })).toEqual({
      type: 'ExternalId',
      value: 'x-1',
    });
    expect(claimedVertexKey({ type: 'Cookie', value: 'abc' })).toBeNull();
  });

  it('deduplicates a claim that repeats a field value', () => {
    const keys = contactVertexKeys({ workEmail: 'ann@x.example' }, [
      { type: 'Email', value: 'ANN@x.example' },
    ]);
    expect(keys).toEqual([{ type: 'Email', value: 'ann@x.example' }]);
  });
});
