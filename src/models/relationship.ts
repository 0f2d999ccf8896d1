import * as z from 'zod/mini';
import { divisionRef, entityRef, requiredText } from './common.ts';

/** What a client may write on a relationship (a user's role towards an external organization). */

export const MAX_RELATIONSHIP_TEXT = 100;

export const relationshipWriteSchema = z.object(
  {
    user: entityRef('User'),
    externalOrganization: entityRef('External organization'),
    relationship: requiredText(MAX_RELATIONSHIP_TEXT, 'Relationship'),
    division: z.nullish(divisionRef),
  },
  { error: 'A relationship must be a JSON object.' },
);

export type RelationshipWrite = z.output<typeof relationshipWriteSchema>;
export type RelationshipFormInput = z.input<typeof relationshipWriteSchema>;
