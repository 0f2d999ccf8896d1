import { useQuery } from '@tanstack/react-query';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useEffect } from 'react';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from '@/features/divisions';
import { PERMISSIONS } from '@/models/permissions';
import { FormField } from '@/ui/form-field';

/** Divisions where the user may add contacts: the one new contacts go into. */
const CONTACT_ADD_PERMISSION = PERMISSIONS.contact.add[0];

/** A required choice of one division; the home division (else the first) is chosen at first. */
export function ImportDivisionSelect({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (divisionId: string) => void;
  disabled: boolean;
}) {
  const { api } = useServices();
  const divisions = useQuery(permittedDivisionsQueryOptions(api, CONTACT_ADD_PERMISSION));
  const list = divisions.data;
  useEffect(() => {
    if (value === '' && list && list.length > 0) {
      onChange((list.find((division) => division.homeDivision) ?? list[0])!.id);
    }
  }, [value, list, onChange]);
  const error =
    list && list.length === 0
      ? 'Your roles do not let you add contacts in any division.'
      : divisions.isError
        ? 'The divisions could not be loaded.'
        : undefined;
  return (
    <div className="bulk-select">
      <FormField label="Division for the new contacts" kind="select" required error={error}>
        {(control) => (
          <select
            {...control}
            value={value}
            disabled={disabled || !list}
            onChange={(event) => onChange(event.target.value)}
          >
            {!list ? <option value="">Loading divisions…</option> : null}
            {list?.map((division) => (
              <option key={division.id} value={division.id}>
                {division.name ?? division.id}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {divisions.isError ? (
        <GuxButtonSlot accent="secondary">
          <button type="button" onClick={() => void divisions.refetch()}>
            Retry
          </button>
        </GuxButtonSlot>
      ) : null}
    </div>
  );
}
