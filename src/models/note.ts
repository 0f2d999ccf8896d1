import * as z from 'zod/mini';
import { divisionRef, entityRef } from './common.ts';

/**
 * What a client may write on a note. The text is kept exactly as sent (no trimming, no HTML
 * processing): notes are free text and whitespace can matter to the person who wrote it.
 */

export const MAX_NOTE_TEXT = 32_000;
export const NOTE_TEXT_MESSAGE = 'A note must be 1 to 32,000 characters.';

export const NOTE_ENTITY_TYPES = ['contact', 'organization'] as const;

export const noteText = z
  .string({ error: NOTE_TEXT_MESSAGE })
  .check(z.minLength(1, NOTE_TEXT_MESSAGE), z.maxLength(MAX_NOTE_TEXT, NOTE_TEXT_MESSAGE));

export const noteWriteSchema = z.object(
  {
    noteText,
    // Only the id is read; the server fills name and selfUri.
    createdBy: z.nullish(entityRef('Created by')),
    division: z.nullish(divisionRef),
    // Only the bulk routes read these; the single routes take the entity from the path.
    entityType: z.nullish(
      z.enum(NOTE_ENTITY_TYPES, { error: 'Entity type must be contact or organization.' }),
    ),
    entityId: z.nullish(z.string({ error: 'Entity id must be text.' })),
  },
  { error: 'A note must be a JSON object.' },
);

export type NoteWrite = z.output<typeof noteWriteSchema>;
export type NoteFormInput = z.input<typeof noteWriteSchema>;
