import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/app/services';
import { InlineSelect } from '@/ui/inline-select';
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
  const { api } = useServices();
  const divisions = useQuery(permittedDivisionsQueryOptions(api, permission));
  return (
    <InlineSelect label="Division" value={value ?? ''} onChange={(id) => onChange(id || undefined)}>
      <option value="">All divisions</option>
      {divisions.data?.map((division) => (
        <option key={division.id} value={division.id}>
          {division.name ?? division.id}
        </option>
      ))}
    </InlineSelect>
  );
}
