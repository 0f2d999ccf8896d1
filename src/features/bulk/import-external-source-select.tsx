import { Link } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useAllExternalSources } from '@/features/external-sources';
import { FormField } from '@/ui/form-field';

/**
 * The external source the file's External id column belongs to (a CRM: Salesforce, a billing
 * system…): an external id means nothing without it. Active sources only, as the record form
 * offers them to a new id: an inactive source's ids stay valid, but new ones go to a live one.
 * Nothing is chosen for the user: the wrong source would store every id under it.
 */
export function ImportExternalSourceSelect({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (sourceId: string) => void;
  disabled: boolean;
}) {
  const sources = useAllExternalSources();
  const active = sources.data?.filter((source) => source.active !== false);
  const error = sources.isError
    ? 'The external sources could not be loaded.'
    : active && active.length === 0
      ? 'There is no active external source: add one under External sources, or ignore the External id column.'
      : undefined;
  return (
    <div className="bulk-select">
      <FormField
        label="External source of the external ids"
        kind="select"
        required
        error={error}
        help="The system the External id column’s ids come from. Rows are matched on the id and this source, exactly as written."
      >
        {(control) => (
          <select
            {...control}
            value={value}
            disabled={disabled || !active}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{active ? 'Choose a source' : 'Loading sources…'}</option>
            {active?.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {sources.isError ? (
        <GuxButtonSlot accent="secondary">
          <button type="button" onClick={() => void sources.refetch()}>
            Retry
          </button>
        </GuxButtonSlot>
      ) : active?.length === 0 ? (
        <Link to="/external-sources">External sources</Link>
      ) : null}
    </div>
  );
}
