import { z } from 'zod';
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
  .min(1, NOTE_TEXT_MESSAGE)
  .max(MAX_NOTE_TEXT, NOTE_TEXT_MESSAGE);

export const noteWriteSchema = z.object(
  {
    noteText,
    // Only the id is read; the server fills name and selfUri.
    createdBy: entityRef('Created by').nullish(),
    division: divisionRef.nullish(),
    // Only the bulk routes read these; the single routes take the entity from the path.
    entityType: z
      .enum(NOTE_ENTITY_TYPES, { error: 'Entity type must be contact or organization.' })
      .nullish(),
    entityId: z.string({ error: 'Entity id must be text.' }).nullish(),
  },
  { error: 'A note must be a JSON object.' },
);

export type NoteWrite = z.output<typeof noteWriteSchema>;
export type NoteFormInput = z.input<typeof noteWriteSchema>;
