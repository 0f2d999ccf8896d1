import { describe, expect, it } from 'vitest';
import { MAX_NOTE_TEXT, noteFormSchema } from './note-form-schema';

describe('noteFormSchema', () => {
  it('accepts text up to the 32,000-character limit, kept exactly as typed', () => {
    const text = `  ${'a'.repeat(MAX_NOTE_TEXT - 4)}\n `;
    const parsed = noteFormSchema.parse({ noteText: text });
    expect(parsed.noteText).toBe(text);
    expect(text).toHaveLength(MAX_NOTE_TEXT);
  });

  it('refuses one character over the limit', () => {
    const result = noteFormSchema.safeParse({ noteText: 'a'.repeat(MAX_NOTE_TEXT + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A note must be 1 to 32,000 characters.');
  });

  it('refuses empty and whitespace-only text', () => {
    expect(noteFormSchema.safeParse({ noteText: '' }).success).toBe(false);
    const blank = noteFormSchema.safeParse({ noteText: ' \n\t ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe('Write something before saving.');
  });
});
