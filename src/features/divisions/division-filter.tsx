import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { CheckboxField } from '@/ui/checkbox-field';
import { permittedDivisionsQueryOptions } from './api';
import { DivisionsLoadError } from './divisions-load-error';
import { ActionButton } from '@/ui/action-button';
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
        {divisions.isError ? <DivisionsLoadError onRetry={() => void divisions.refetch()} /> : null}
        {divisions.data?.map((division) => (
          <CheckboxField
            key={division.id}
            label={division.name ?? division.id}
            checked={selectedIds.includes(division.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selectedIds, division.id]
                  : selectedIds.filter((id) => id !== division.id),
              )
            }
          />
        ))}
        {selectedIds.length > 0 ? (
          <ActionButton accent="ghost" onClick={() => onChange([])}>
            Show all divisions
          </ActionButton>
        ) : null}
      </fieldset>
    </details>
  );
}
