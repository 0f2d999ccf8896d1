import { useServices } from '@/app/services';
import { trustorName, type Trustor } from '@/models/trustor';
import { SearchCombobox } from '@/ui/search-combobox';
import { trustorsQueryOptions, type LoadedTrustors } from './trustor-api';
import './organizations.css';

interface TrustorPickerProps {
  label: string;
  value: Trustor | null;
  onChange: (value: Trustor | null) => void;
  error?: string | undefined;
  /** The trustor already linked: offering it again would change nothing. */
  linkedId?: string | undefined;
}

const matches = (trustor: Trustor, query: string) => {
  const text = query.toLocaleLowerCase();
  return [trustorName(trustor), trustor.organization?.domain ?? ''].some((part) =>
    part.toLocaleLowerCase().includes(text),
  );
};

/**
 * Picks one of the orgs that trust this one (GET /orgauthorization/trustors), by name or domain.
 * Only those can be linked: Genesys refuses any other org id.
 */
export function TrustorPicker({ label, value, onChange, error, linkedId }: TrustorPickerProps) {
  const { api } = useServices();
  return (
    <SearchCombobox
      label={label}
      placeholder="Type to filter trustor organizations"
      noun="trustor organizations"
      searchQuery={(query) =>
        trustorsQueryOptions(api, (loaded: LoadedTrustors) => ({
          ...loaded,
          entities: loaded.entities.filter((trustor) => matches(trustor, query)),
        }))
      }
      searchWhenEmpty
      chosenText={value ? trustorName(value) : ''}
      offered={(trustor) => trustor.id !== linkedId}
      renderOption={(trustor) => (
        <>
          {trustorName(trustor)}
          {trustor.organization?.domain ? (
            <span className="muted"> · {trustor.organization.domain}</span>
          ) : null}
          {trustor.enabled === false ? <span className="muted"> · trust disabled</span> : null}
        </>
      )}
      onPick={(trustor) => onChange(trustor)}
      onClear={() => onChange(null)}
      error={error}
    />
  );
}
