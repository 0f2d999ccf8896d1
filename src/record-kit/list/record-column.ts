import type { LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Resource } from '@/api/resource-keys';

/** One column a record table (paged or scanned) can show. */
export interface RecordColumn<Read> {
  /** Stable: the column chooser keeps the ids a user picked in localStorage. */
  id: string;
  label: string;
  /** The API's sort field, when the list can be sorted by this column. */
  sortField?: string;
  render: (record: Read) => ReactNode;
}

/** Where a reference field points: the referenced record's page, and how to read its name. */
export interface ReferenceTarget {
  resource: Resource;
  /** The bulk read (POST `{entities: [{id}]}`) that names records the list only has ids of. */
  bulkPath: string;
  detail: (id: string) => LinkProps;
  /** What to call a record the bulk read returns; organizations' `name` when unset. */
  nameOf?: (record: Record<string, unknown>) => string;
}

/** The id of the column that holds the record's name and link: always shown. */
export const NAME_COLUMN_ID = 'name';
