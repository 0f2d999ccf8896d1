import type { ContactIdentifierInput } from '../../src/models/contact-identifier.ts';
import type { IdentifierRecord, IdentifiersRepo } from '../db/identifiers-repo.ts';
import { ApiProblem, notFound } from '../errors.ts';
import { e164Of } from './phone-normalisation.ts';

/**
 * Claims are exclusive: one owner per (type, value). Values compare the way people expect:
 * emails and Twitter handles ignore case (and the @), phones compare as E.164.
 */
export function identifierKey(type: string, value: string): string {
  const trimmed = value.trim();
  switch (type) {
    case 'Email':
      return trimmed.toLowerCase();
    case 'SocialTwitter':
      return trimmed.replace(/^@/, '').toLowerCase();
    case 'Phone':
    case 'SocialWhatsapp':
      return e164Of(trimmed) ?? trimmed;
    default:
      return trimmed;
  }
}

export function claimIdentifier(
  repo: IdentifiersRepo,
  ownerId: string,
  input: ContactIdentifierInput,
  now: string,
): IdentifierRecord {
  const valueKey = identifierKey(input.type, input.value);
  const existing = repo.find(input.type, valueKey);
  if (existing !== null) {
    // Claiming what one already holds is a no-op, so retries are safe.
    if (existing.ownerId === ownerId) return existing;
    throw new ApiProblem(
      409,
      'identifier.conflict',
      `The ${input.type} identifier ${input.value} is already claimed by another entity. Release it there first.`,
      { details: [{ fieldName: 'identifier.value', entityId: existing.ownerId }] },
    );
  }
  const record: IdentifierRecord = {
    ownerId,
    type: input.type,
    value: input.value,
    valueKey,
    externalSourceId: input.externalSource?.id ?? null,
    divisionId: input.division?.id ?? null,
    dateCreated: now,
  };
  repo.insert(record);
  return record;
}

export function releaseIdentifier(
  repo: IdentifiersRepo,
  ownerId: string,
  input: ContactIdentifierInput,
): IdentifierRecord {
  const valueKey = identifierKey(input.type, input.value);
  const existing = repo.find(input.type, valueKey);
  if (existing === null || existing.ownerId !== ownerId) {
    throw notFound(`The ${input.type} identifier ${input.value} is not claimed by this entity.`, [
      { errorCode: 'not.found', fieldName: 'identifier.value' },
    ]);
  }
  repo.remove(input.type, valueKey);
  return existing;
}
