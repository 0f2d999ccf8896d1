import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from './api';

/** One division or all of them: for APIs that filter by a single `divisionId` (the scans). */
export function DivisionSelect({
  permission,
  value,
  onChange,
}: {
  permission: string;
  value: string | undefined;
  onChange: (divisionId: string | undefined) => void;
}) {
  const id = useId();
  const { api } = useServices();
  const divisions = useQuery(permittedDivisionsQueryOptions(api, permission));
  return (
    <div className="inline-field">
      <label htmlFor={id}>Division</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">All divisions</option>
        {divisions.data?.map((division) => (
          <option key={division.id} value={division.id}>
            {division.name ?? division.id}
          </option>
        ))}
      </select>
    </div>
  );
}
