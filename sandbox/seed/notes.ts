import type { Rng } from './random.ts';
import type { NoteBody } from './seed-types.ts';

export interface NoteGenerationOptions {
  entities: readonly { entityType: 'contact' | 'organization'; entityId: string }[];
  /** User ids for createdBy; Genesys needs one on every note. */
  authorIds: readonly string[];
}

const OPENINGS = [
  'Call summary:',
  'Follow-up from today’s call.',
  'Inbound chat, escalated from tier 1.',
  'Quarterly business review notes.',
  'Email thread recap.',
  'Voicemail left.',
  'Met at the regional partner event.',
];
const BODIES = [
  'Customer reported intermittent failures when exporting invoices; reproduced on our side.',
  'Asked about pricing for the premium tier and whether annual billing gets a discount.',
  'Confirmed the shipping address change; the next order goes to the new warehouse.',
  'Renewal is due next quarter. Budget is approved but procurement wants three quotes.',
  'They are evaluating a competitor; main concern is reporting latency.',
  'Wants a callback from a technical contact about the API rate limits.',
  'Resolved: the duplicate charge was refunded, reference number shared by email.',
  'Prefers to be contacted by email in the morning (their time zone).',
  'New decision maker joined the account; introduce them to the account manager.',
  'Satisfied with onboarding so far. Training session booked for two weeks from now.',
];
const ACTIONS = [
  '- Send the updated proposal by Friday',
  '- Open a ticket with engineering',
  '- Schedule a follow-up call next week',
  '- Update the billing contact',
  '- Share the product roadmap deck',
  '- Confirm the contract start date',
];
const SHORT_NOTES = ['Left voicemail.', 'No answer.', 'Do not call before 9am.', 'VIP', 'OK'];

/** Note bodies in the bulk form (entityType + entityId), 1 to about 600 characters of text. */
export function generateNotes(count: number, rng: Rng, options: NoteGenerationOptions): NoteBody[] {
  if (count > 0 && (options.entities.length === 0 || options.authorIds.length === 0)) {
    throw new Error('generateNotes needs at least one entity and one author');
  }
  return Array.from({ length: count }, () => {
    const entity = rng.pick(options.entities);
    return {
      entityType: entity.entityType,
      entityId: entity.entityId,
      noteText: noteText(rng),
      createdBy: { id: rng.pick(options.authorIds) },
    };
  });
}

function noteText(rng: Rng): string {
  if (rng.chance(0.1)) return rng.pick(SHORT_NOTES);
  const lines = [rng.pick(OPENINGS)];
  const bodyCount = rng.int(1, 3);
  for (let index = 0; index < bodyCount; index += 1) lines.push(rng.pick(BODIES));
  if (rng.chance(0.5)) {
    lines.push('', 'Next steps:');
    const actionCount = rng.int(1, 3);
    for (let index = 0; index < actionCount; index += 1) lines.push(rng.pick(ACTIONS));
  }
  return lines.join('\n');
}
