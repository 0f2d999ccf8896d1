import { describe, expect, it } from 'vitest';
import { keepDraftsForSignIn, takeDraft } from './sign-in-draft';
import { memoryStorage } from '@/testing/memory-storage';

describe('takeDraft', () => {
  it('gives a draft back once, to the same form on the same page only', () => {
    const storage = memoryStorage();
    storage.setItem(
      'ecc.signInDraft',
      JSON.stringify({ path: '/contacts/1/edit', key: 'contact:1', values: { title: 'Chef' } }),
    );
    expect(takeDraft('contact:2', '/contacts/1/edit', storage)).toBeNull();
    expect(takeDraft('contact:1', '/contacts/2/edit', storage)).toBeNull();
    expect(takeDraft('contact:1', '/contacts/1/edit', storage)).toEqual({ title: 'Chef' });
    expect(takeDraft('contact:1', '/contacts/1/edit', storage)).toBeNull();
  });

  it('drops a stored draft it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('ecc.signInDraft', '{not json');
    expect(takeDraft('contact:1', '/contacts/1/edit', storage)).toBeNull();
    expect(storage.getItem('ecc.signInDraft')).toBeNull();
  });

  it('keeps nothing when no form is open', () => {
    const storage = memoryStorage();
    keepDraftsForSignIn(storage);
    expect(storage.length).toBe(0);
  });
});
