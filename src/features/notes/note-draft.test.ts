import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, writeDraft, type DraftStorage } from './note-draft';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const contact = { type: 'contact', id: 'c1' } as const;
const organization = { type: 'organization', id: 'c1' } as const;

describe('note drafts', () => {
  it('keeps one draft per record, apart for contacts and organizations with the same id', () => {
    const storage = memoryStorage();
    writeDraft(contact, 'for the contact', storage);
    writeDraft(organization, 'for the organization', storage);
    expect(readDraft(contact, storage)).toBe('for the contact');
    expect(readDraft(organization, storage)).toBe('for the organization');
    expect(draftKey(contact)).not.toBe(draftKey(organization));
  });

  it('forgets a draft once cleared or emptied', () => {
    const storage = memoryStorage();
    writeDraft(contact, 'text', storage);
    clearDraft(contact, storage);
    expect(readDraft(contact, storage)).toBe('');
    writeDraft(contact, 'again', storage);
    writeDraft(contact, '', storage);
    expect(storage.map.size).toBe(0);
  });

  it('works without storage and when storage throws', () => {
    expect(readDraft(contact, null)).toBe('');
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => writeDraft(contact, 'x', broken)).not.toThrow();
    expect(readDraft(contact, broken)).toBe('');
  });
});
