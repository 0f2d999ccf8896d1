import type { LinkProps } from '@tanstack/react-router';
import type { Resource } from '@/api/resource-keys';
import type { PermissionList } from '@/models/permissions';
import type { RecordBase, RecordField } from '@/models/record-fields';

/** The permissions a record kind's pages check (src/models/permissions.ts). */
export interface RecordPermissions {
  view: PermissionList;
  add: PermissionList;
  edit: PermissionList;
  delete: PermissionList;
  /** Which divisions the division filter offers. */
  divisionView: PermissionList;
}

/**
 * One record kind as the kit sees it: a contact or an organization. Everything here is a fact of
 * the API or of the entity's model; the kit turns it into query options, mutations, list
 * columns, detail sections and form inputs. Features declare one of these and keep only what
 * is really theirs (merge, trustor, phone country…).
 */
export interface RecordEntity<Read extends RecordBase> {
  /** 'contact' | 'organization': custom-field schemas, notes and identifiers use this name. */
  type: 'contact' | 'organization';
  resource: Extract<Resource, 'contacts' | 'organizations'>;
  /** "contact", "contacts": lower case, as they read inside a sentence. */
  noun: { one: string; many: string };
  /** GET/POST collection, e.g. /externalcontacts/contacts. */
  apiPath: string;
  /** Cursor-paged scan of every record, e.g. /externalcontacts/scan/contacts. */
  scanPath: string;
  fields: readonly RecordField[];
  permissions: RecordPermissions;
  /** What to call a record in a heading, a link or a confirmation. */
  name: (record: Read) => string;
  /** Query parameters the detail read adds (expand, includeTrustors): one round trip per page. */
  detailQuery: Record<string, string | boolean | readonly string[]>;
  /** Query parameters every list read adds (expand=division…). */
  listQuery: Record<string, string | boolean | readonly string[]>;
  /**
   * A write's answer lacks the expanded parts of the detail (names, identifiers, trustor): the
   * ones the previous detail had and the write kept are carried over.
   */
  keepExpanded: (written: Read, previous: Read | undefined) => Read;
  /**
   * After an uncertain create: does `record`, created since the attempt, match the body that was
   * sent? (Genesys has no idempotency key; see src/api/create-once.ts.)
   */
  isSameCreate: (record: Read, body: Record<string, unknown>) => boolean;
  /** The most specific text to search for `body` with, to find it after an uncertain create. */
  createSearchText: (body: Record<string, unknown>) => string | undefined;
  /** Where the record's pages are. */
  links: {
    list: LinkProps;
    create: LinkProps;
    browse: (divisionId: string | undefined) => LinkProps;
    detail: (id: string) => LinkProps;
    edit: (id: string) => LinkProps;
  };
}
