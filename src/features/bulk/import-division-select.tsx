import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from '@/features/divisions/api';

/** Divisions where the user may add contacts: the one new contacts go into. */
export const CONTACT_ADD_PERMISSION = 'externalContacts:contact:add';

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
  const id = useId();
  const { api } = useServices();
  const divisions = useQuery(permittedDivisionsQueryOptions(api, CONTACT_ADD_PERMISSION));
  const list = divisions.data;
  useEffect(() => {
    if (value === '' && list && list.length > 0) {
      onChange((list.find((division) => division.homeDivision) ?? list[0])!.id);
    }
  }, [value, list, onChange]);
  return (
    <div className="inline-field bulk-select">
      <label htmlFor={id}>Division for the new contacts</label>
      <select
        id={id}
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
      {list && list.length === 0 ? (
        <span role="alert">Your roles do not let you add contacts in any division.</span>
      ) : null}
      {divisions.isError ? (
        <span role="alert">
          The divisions could not be loaded.{' '}
          <button type="button" className="sort-button" onClick={() => void divisions.refetch()}>
            Retry
          </button>
        </span>
      ) : null}
    </div>
  );
}
