import * as z from 'zod/mini';
import { MAX_NOTE_TEXT, noteText } from '@/models/note';

export { MAX_NOTE_TEXT };

/**
 * The editor's schema: the API's own limits (1–32,000 characters, text kept exactly as typed)
 * plus one the API does not have: a note of only spaces and line breaks says nothing, so it is
 * refused as empty before it is sent.
 */
export const noteFormSchema = z.object({
  noteText: noteText.check(
    z.refine((text) => text.trim() !== '', 'Write something before saving.'),
  ),
});

export type NoteFormValues = z.infer<typeof noteFormSchema>;
