import { DivisionFilter } from '@/features/divisions';
import { PERMISSIONS } from '@/models/permissions';
import { InlineSelect } from '@/ui/inline-select';
import { SearchBox } from '@/ui/search-box';
import { STATUS_LABELS } from './cluster-view';
import { MERGE_STATUSES } from './graph-model';
import {
  CONTACT_TYPES,
  IDENTIFIER_KINDS,
  type ClusterListParams,
  type DuplicatesSearch,
} from './search-params';

const KIND_LABELS: Record<(typeof IDENTIFIER_KINDS)[number], string> = {
  Phone: 'Phone',
  Email: 'Email',
  ExternalId: 'External id',
  TwitterId: 'Twitter id',
  TwitterHandle: 'Twitter handle',
  FacebookId: 'Facebook id',
  InstagramId: 'Instagram id',
  InstagramHandle: 'Instagram handle',
};

const SIZES = [2, 3, 4, 5, 10] as const;

/** Every filter of the cluster list; each change goes to the URL and starts from page one. */
export function ClusterFilters({
  params,
  onChange,
}: {
  params: ClusterListParams;
  onChange: (filters: Partial<DuplicatesSearch>) => void;
}) {
  return (
    <div className="toolbar duplicates-toolbar">
      <SearchBox
        label="Name or identifier"
        placeholder="Name, email, phone…"
        q={params.name}
        onSearch={(name) => onChange({ name })}
      />
      <InlineSelect
        label="Identifier"
        value={params.kind ?? ''}
        onChange={(value) => onChange({ kind: IDENTIFIER_KINDS.find((kind) => kind === value) })}
      >
        <option value="">Any</option>
        {IDENTIFIER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </InlineSelect>
      <InlineSelect
        label="Size"
        value={params.minSize === undefined ? '' : String(params.minSize)}
        onChange={(value) => onChange({ minSize: value === '' ? undefined : Number(value) })}
      >
        <option value="">Any</option>
        {SIZES.map((size) => (
          <option key={size} value={size}>
            {size === 2 ? '2 or more' : `${size} or more`}
          </option>
        ))}
      </InlineSelect>
      <InlineSelect
        label="Contact type"
        value={params.type ?? ''}
        onChange={(value) => onChange({ type: CONTACT_TYPES.find((type) => type === value) })}
      >
        <option value="">Any</option>
        {CONTACT_TYPES.map((type) => (
          <option key={type} value={type}>
            Has a {type.toLowerCase()} contact
          </option>
        ))}
      </InlineSelect>
      <InlineSelect
        label="Merge status"
        value={params.status ?? ''}
        onChange={(value) =>
          onChange({ status: MERGE_STATUSES.find((status) => status === value) })
        }
      >
        <option value="">Any status</option>
        {MERGE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </InlineSelect>
      <DivisionFilter
        permission={PERMISSIONS.graph.clusterView[0]}
        selectedIds={params.divisionIds}
        onChange={(divisionIds) =>
          onChange({ divisionIds: divisionIds.length > 0 ? divisionIds : undefined })
        }
      />
    </div>
  );
}
