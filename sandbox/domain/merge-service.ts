import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { externalContactWriteSchema } from '../../src/models/external-contact.ts';
import type { ContactRecord } from '../db/contacts-repo.ts';
import { badRequest, invalidField } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import { contactDocument } from './contact-documents.ts';
import type { ContactService } from './contact-service.ts';
import { MAX_MERGE_SET, mergeSetOf, mergedDocument } from './contact-merge.ts';

export const mergeContactsRequestSchema = z.object({
  contactIds: z
    .array(z.string().min(1), { error: 'contactIds must be a list of contact ids.' })
    .min(2, 'A merge needs at least 2 contacts.')
    .max(25, 'A merge takes at most 25 contacts.'),
  valueOverride: z.nullish(externalContactWriteSchema),
});

export const mergeRequestSchema = z.object({
  sourceContactId: z.string({ error: 'sourceContactId is required.' }).min(1),
  targetContactId: z.string({ error: 'targetContactId is required.' }).min(1),
});

/** N-way merge into a new Curated contact; the inputs become ancestors pointing at it. */
export function createMergeService(service: ContactService) {
  const { contacts, identifiers } = service;

  function loadInputs(ids: readonly string[], fieldName: string): ContactRecord[] {
    if (new Set(ids).size !== ids.length) {
      throw invalidField(fieldName, 'Each contact can appear only once in a merge.');
    }
    return ids.map((id) => {
      const record = contacts.find(id);
      if (record === null) throw invalidField(fieldName, `The contact ${id} does not exist.`);
      if (record.mergedInto !== null) {
        throw invalidField(
          fieldName,
          `The contact ${id} was already merged into ${record.mergedInto}; merge that contact instead.`,
        );
      }
      return record;
    });
  }

  function merge(
    inputs: readonly ContactRecord[],
    override: Record<string, unknown> | null,
    overrideOrganizationId: string | null = null,
  ) {
    const mergeSet = mergeSetOf(inputs);
    if (mergeSet.length > MAX_MERGE_SET) {
      throw badRequest(
        `The merged contact would have ${mergeSet.length} contacts in its merge set; the limit is ${MAX_MERGE_SET}.`,
        [{ fieldName: 'contactIds', errorCode: 'merge.set.too.large' }],
      );
    }
    const { doc, organizationId, divisionId } = mergedDocument(inputs, override);
    const timestamp = service.now();
    const id = randomUUID();
    const result: ContactRecord = {
      id,
      divisionId,
      type: 'Curated',
      organizationId: overrideOrganizationId ?? organizationId,
      canonicalId: id,
      mergedInto: null,
      mergedFrom: inputs.map((input) => input.id),
      mergeSet,
      createDate: timestamp,
      modifyDate: timestamp,
      doc,
    };
    return {
      result,
      commit: () => {
        service.store(result, true);
        for (const ancestorId of mergeSet) {
          const ancestor = contacts.find(ancestorId);
          if (ancestor === null) continue;
          const isInput = inputs.some((input) => input.id === ancestorId);
          contacts.update({
            ...ancestor,
            canonicalId: id,
            mergedInto: isInput ? id : ancestor.mergedInto,
            searchText: '',
          });
          identifiers.moveOwner(ancestorId, id);
        }
      },
    };
  }

  return {
    mergeContacts(body: unknown): ContactRecord {
      const request = parseBody(mergeContactsRequestSchema, body);
      const inputs = loadInputs(request.contactIds, 'contactIds');
      let override: Record<string, unknown> | null = null;
      let overrideOrganizationId: string | null = null;
      if (request.valueOverride) {
        const custom = service.checkCustomFields('contact', request.valueOverride);
        override = contactDocument(request.valueOverride, custom);
        // The organization lives beside the document, not in it: take it from the override too.
        const organizationId = request.valueOverride.externalOrganization?.id;
        if (organizationId !== undefined) {
          if (service.organizations.find(organizationId) === null) {
            throw invalidField(
              'valueOverride.externalOrganization.id',
              `The external organization ${organizationId} does not exist.`,
            );
          }
          overrideOrganizationId = organizationId;
        }
      }
      const { result, commit } = merge(inputs, override, overrideOrganizationId);
      service.transaction(commit);
      return result;
    },

    /** Deprecated two-contact merge: the target's values win, and two Curated contacts are refused. */
    mergePair(body: unknown): ContactRecord {
      const request = parseBody(mergeRequestSchema, body);
      const [source, target] = loadInputs(
        [request.sourceContactId, request.targetContactId],
        'sourceContactId',
      );
      if (source === undefined || target === undefined) throw badRequest();
      if (source.type === 'Curated' && target.type === 'Curated') {
        throw badRequest(
          'Two curated contacts cannot be merged with this endpoint; use POST /contacts/merge.',
          [{ fieldName: 'sourceContactId' }, { fieldName: 'targetContactId' }],
        );
      }
      const { result, commit } = merge([source, target], target.doc);
      service.transaction(commit);
      return result;
    },
  };
}
