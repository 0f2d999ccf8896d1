import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { permittedDivisionsQueryOptions } from './api';
import '@/ui/ui.css';

/**
 * A multi-select of the divisions the user may view records in. No division checked means every
 * permitted division, which is also what the API does without `divisionIds`.
 */
export function DivisionFilter({
  permission,
  selectedIds,
  onChange,
}: {
  permission: string;
  selectedIds: readonly string[];
  onChange: (divisionIds: string[]) => void;
}) {
  const { api } = useServices();
  const [opened, setOpened] = useState(false);
  // Not on the list's first paint: only once the user opens the filter, or a link already names
  // divisions (the summary shows the chosen one's name).
  const divisions = useQuery({
    ...permittedDivisionsQueryOptions(api, permission),
    enabled: opened || selectedIds.length > 0,
  });
  const summary =
    selectedIds.length === 0
      ? 'All divisions'
      : selectedIds.length === 1
        ? (divisions.data?.find((d) => d.id === selectedIds[0])?.name ?? '1 division')
        : `${selectedIds.length} divisions`;
  return (
    <details
      className="popover-menu"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        <span className="visually-hidden">Division filter: </span>
        {summary}
      </summary>
      <fieldset>
        <legend>Divisions</legend>
        {divisions.isPending && divisions.fetchStatus !== 'idle' ? (
          <p role="status">Loading divisions…</p>
        ) : null}
        {divisions.isError ? (
          <p role="alert">
            The divisions could not be loaded.{' '}
            <button type="button" className="sort-button" onClick={() => void divisions.refetch()}>
              Retry
            </button>
          </p>
        ) : null}
        {divisions.data?.map((division) => (
          <label key={division.id} className="popover-option">
            <input
              type="checkbox"
              checked={selectedIds.includes(division.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selectedIds, division.id]
                    : selectedIds.filter((id) => id !== division.id),
                )
              }
            />
            {division.name ?? division.id}
          </label>
        ))}
        {selectedIds.length > 0 ? (
          <button type="button" className="sort-button" onClick={() => onChange([])}>
            Show all divisions
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
