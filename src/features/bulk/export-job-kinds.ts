import { PERMISSIONS } from '@/models/permissions';
import type { ExportKind } from './export-jobs-api';

const [EXPORT_VIEW] = PERMISSIONS.export.view;
const [EXPORT_ADD] = PERMISSIONS.export.add;
const CONTACT_VIEW = 'externalContacts:contact:view';
const ORGANIZATION_VIEW = 'externalContacts:externalOrganization:view';

/** The filters each kind's export takes (the `*ExportFieldFilter` enums of models.json). */
export type ExportFilterName =
  | 'division'
  | 'contactType'
  | 'organization'
  | 'externalSource'
  | 'schema'
  | 'noteEntity'
  | 'dates';

export interface ExportKindInfo {
  label: string;
  /** Lower case, for sentences ("3 contacts"). */
  noun: string;
  singular: string;
  /** Every permission GET …/exports asks for (endpoints.md: ALL of them). */
  view: readonly string[];
  /** Every permission POST …/exports asks for. */
  add: readonly string[];
  /** Which divisions the division filter offers: where the user may view the records. */
  divisionPermission: string;
  filters: readonly ExportFilterName[];
}

/** A kind's entry: its nouns, and the export permissions plus viewing the records it holds. */
function exportKind(
  singular: string,
  recordView: readonly string[],
  divisionPermission: string,
  filters: readonly ExportFilterName[],
): ExportKindInfo {
  const noun = `${singular}s`;
  return {
    label: `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`,
    noun,
    singular,
    view: [EXPORT_VIEW, ...recordView],
    add: [EXPORT_ADD, ...recordView],
    divisionPermission,
    filters,
  };
}

export const EXPORT_KIND_INFO: Readonly<Record<ExportKind, ExportKindInfo>> = {
  // SchemaVersion is offered by the API too; a version without its schema means little.
  contacts: exportKind('contact', [CONTACT_VIEW], PERMISSIONS.contact.divisionView[0], [
    'division',
    'contactType',
    'organization',
    'externalSource',
    'schema',
    'dates',
  ]),
  organizations: exportKind(
    'organization',
    [ORGANIZATION_VIEW],
    PERMISSIONS.organization.divisionView[0],
    ['division', 'schema', 'dates'],
  ),
  notes: exportKind(
    'note',
    [CONTACT_VIEW, ORGANIZATION_VIEW],
    PERMISSIONS.contact.divisionView[0],
    ['division', 'noteEntity', 'dates'],
  ),
  // The API also filters relationships by UserId; the console has no shared user picker yet.
  relationships: exportKind(
    'relationship',
    [ORGANIZATION_VIEW],
    PERMISSIONS.organization.divisionView[0],
    ['division', 'dates'],
  ),
};

/** The contact types an export can keep (ContactClassification, the contact's `type`). */
export const CONTACT_TYPES = ['Curated', 'Identified', 'Ephemeral'] as const;

/** The kinds whose exports the user may list, and may start: every permission each asks. */
export function allowedExportKinds(can: (permission: string) => boolean) {
  const all = (permissions: readonly string[]) =>
    permissions.every((permission) => can(permission));
  const kinds = Object.keys(EXPORT_KIND_INFO) as ExportKind[];
  return {
    view: kinds.filter((kind) => all(EXPORT_KIND_INFO[kind].view)),
    add: kinds.filter((kind) => all(EXPORT_KIND_INFO[kind].add)),
  };
}
