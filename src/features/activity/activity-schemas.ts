import * as z from 'zod/mini';
import { requiredText } from '@/models/common';
import { CONVERSATION_MEDIA_TYPES } from './activity-model';

/** A conversation link as PUT /externalcontacts/conversations/{id} takes it (limits as the API). */
export const conversationLinkSchema = z.object({
  conversationId: requiredText(200, 'Conversation id'),
  communicationId: requiredText(200, 'Communication id'),
  mediaType: z.enum(CONVERSATION_MEDIA_TYPES, { error: 'Pick a media type.' }),
});
export type ConversationLinkValues = z.output<typeof conversationLinkSchema>;
export type ConversationLinkInput = z.input<typeof conversationLinkSchema>;

/** At most 10 segments may be assigned and unassigned in one call, together. */
export const MAX_SEGMENTS_PER_CALL = 10;

/** Segment ids typed one per line (or separated by commas or spaces), blanks ignored. */
export function parseSegmentIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

export const segmentChangeSchema = z.object({ assign: z.string(), unassign: z.string() }).check(
  z.superRefine((values, context) => {
    const assign = parseSegmentIds(values.assign);
    const unassign = parseSegmentIds(values.unassign);
    if (assign.length + unassign.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['assign'],
        message: 'Enter at least one segment id.',
      });
    }
    if (assign.length + unassign.length > MAX_SEGMENTS_PER_CALL) {
      context.addIssue({
        code: 'custom',
        path: ['assign'],
        message: `At most ${MAX_SEGMENTS_PER_CALL} segments in one change (assign and unassign together); this has ${assign.length + unassign.length}.`,
      });
    }
    if (assign.some((id) => id.length > 200) || unassign.some((id) => id.length > 200)) {
      context.addIssue({
        code: 'custom',
        path: ['assign'],
        message: 'A segment id is at most 200 characters.',
      });
    }
  }),
);
export type SegmentChangeValues = z.output<typeof segmentChangeSchema>;
