import { z } from 'zod';
import {
  contactIdentifierInput,
  organizationIdentifierInput,
} from '../../src/models/contact-identifier.ts';
import { enrichFieldRulesSchema } from './enrich-field-rules.ts';

export const MAX_MATCHING_IDENTIFIERS = 25;
export const MAX_BULK_ENRICH = 10;

const divisionRef = z.object({ id: z.string().min(1) }).nullish();
const dataObject = z.record(z.string(), z.unknown()).nullish();

export const contactEnrichRequestSchema = z.object({
  id: z.string().nullish(),
  division: divisionRef,
  matchingIdentifiers: z
    .array(contactIdentifierInput, { error: 'matchingIdentifiers must be a list.' })
    .min(1, 'matchingIdentifiers needs at least 1 identifier.')
    .max(MAX_MATCHING_IDENTIFIERS, `matchingIdentifiers holds at most 25 identifiers.`),
  action: z.enum(['Insert', 'Update', 'Upsert', 'Merge'], {
    error: 'action must be Insert, Update, Upsert or Merge.',
  }),
  contact: dataObject,
  fieldRules: enrichFieldRulesSchema.nullish(),
  options: z.object({ promote: z.boolean().nullish() }).nullish(),
});

export const organizationEnrichRequestSchema = z.object({
  id: z.string().nullish(),
  division: divisionRef,
  matchingIdentifiers: z
    .array(organizationIdentifierInput, { error: 'matchingIdentifiers must be a list.' })
    .min(1, 'matchingIdentifiers needs at least 1 identifier.')
    .max(MAX_MATCHING_IDENTIFIERS, `matchingIdentifiers holds at most 25 identifiers.`),
  action: z.enum(['Insert', 'Update', 'Upsert'], {
    error: 'action must be Insert, Update or Upsert.',
  }),
  externalOrganization: dataObject,
  fieldRules: enrichFieldRulesSchema.nullish(),
});

export type ContactEnrichRequest = z.output<typeof contactEnrichRequestSchema>;
export type OrganizationEnrichRequest = z.output<typeof organizationEnrichRequestSchema>;
