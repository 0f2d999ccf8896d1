import * as z from 'zod/mini';
import { requiredText } from '@/models/common';
import { MAX_RELATIONSHIP_TEXT } from '@/models/relationship';

/** The role as the API limits it: trimmed, 1–100 characters. */
export const roleSchema = requiredText(MAX_RELATIONSHIP_TEXT, 'Relationship');

export const relationshipFormSchema = z.object({
  userId: z.string().check(z.minLength(1, 'Pick a user from the list.')),
  relationship: roleSchema,
});

export type RelationshipFormInput = z.input<typeof relationshipFormSchema>;
export type RelationshipFormValues = z.output<typeof relationshipFormSchema>;

export const roleFormSchema = z.object({ relationship: roleSchema });
export type RoleFormValues = z.output<typeof roleFormSchema>;
