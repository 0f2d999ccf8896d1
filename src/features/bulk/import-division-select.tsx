import { useQuery } from '@tanstack/react-query';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useEffect } from 'react';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from '@/features/divisions';
import { PERMISSIONS } from '@/models/permissions';
import { FormField } from '@/ui/form-field';
import { importKind, type ImportEntity } from './import-entity';

/** Divisions where the user may add records of the kind: the one new records go into. */
const ADD_PERMISSION: Record<ImportEntity, string> = {
  contacts: PERMISSIONS.contact.add[0],
  organizations: PERMISSIONS.organization.add[0],
};

/** A required choice of one division; the home division (else the first) is chosen at first. */
export function ImportDivisionSelect({
  value,
  onChange,
  disabled,
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  value: string;
  onChange: (divisionId: string) => void;
  disabled: boolean;
}) {
  const { api } = useServices();
  const { plural } = importKind(entity);
  const divisions = useQuery(permittedDivisionsQueryOptions(api, ADD_PERMISSION[entity]));
  const list = divisions.data;
  useEffect(() => {
    if (value === '' && list && list.length > 0) {
      onChange((list.find((division) => division.homeDivision) ?? list[0])!.id);
    }
  }, [value, list, onChange]);
  const error =
    list && list.length === 0
      ? `Your roles do not let you add ${plural} in any division.`
      : divisions.isError
        ? 'The divisions could not be loaded.'
        : undefined;
  return (
    <div className="bulk-select">
      <FormField label={`Division for the new ${plural}`} kind="select" required error={error}>
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
