import { useServices } from '@/app/services';
import type { ReferenceInput } from '@/record-kit/form/field-inputs';
import { SearchCombobox } from '@/ui/search-combobox';
import { organizationListQueryOptions } from './api';
import './organizations.css';

export interface OrganizationChoice {
  id: string;
  name?: string | undefined;
}

interface OrganizationPickerProps {
  label: string;
  value: OrganizationChoice | null;
  onChange: (value: OrganizationChoice | null) => void;
  error?: string | undefined;
  help?: string | undefined;
  disabled?: boolean;
  /** An organization that may not be picked (e.g. the record itself as its own trustor). */
  excludeId?: string | undefined;
}

const PICKER_PAGE_SIZE = 10;

/** Picks one organization by name; with nothing typed it offers the first ones by name. */
export function OrganizationPicker({
  label,
  value,
  onChange,
  error,
  help,
  disabled = false,
  excludeId,
}: OrganizationPickerProps) {
  const { api } = useServices();
  return (
    <SearchCombobox
      label={label}
      placeholder="Type to search organizations"
      noun="organizations"
      searchQuery={(query) =>
        organizationListQueryOptions(api, {
          q: query || undefined,
          pageNumber: 1,
          pageSize: PICKER_PAGE_SIZE,
          sortOrder: 'name:asc',
        })
      }
      searchWhenEmpty
      chosenText={value ? (value.name ?? value.id) : ''}
      offered={(option) => option.id !== excludeId}
      renderOption={(option) => (
        <>
          {option.name}
          {option.industry ? <span className="muted"> · {option.industry}</span> : null}
        </>
      )}
      onPick={(option) => onChange({ id: option.id, name: option.name })}
      onClear={() => onChange(null)}
      error={error}
      help={help}
      disabled={disabled}
    />
  );
}

/** The picker as a record form's reference input: a contact's organization. */
export const organizationReferenceInput: ReferenceInput = ({ field, value, onChange, error }) => (
  <OrganizationPicker
    label={field.label}
    value={value}
    onChange={onChange}
    error={error}
    help={field.help}
  />
);
