import './ui.css';

export interface ChoosableColumn {
  id: string;
  label: string;
}

/**
 * A disclosure listing a table's columns as checkboxes. `<details>` gives the keyboard and
 * screen-reader behaviour for free; the locked column stays checked and disabled.
 */
export function ColumnChooser({
  columns,
  visibleIds,
  lockedId,
  onChange,
}: {
  columns: readonly ChoosableColumn[];
  visibleIds: readonly string[];
  lockedId?: string;
  onChange: (visibleIds: string[]) => void;
}) {
  return (
    <details className="popover-menu">
      <summary>Columns ({visibleIds.length})</summary>
      <fieldset>
        <legend>Columns to show</legend>
        {columns.map((column) => {
          const checked = visibleIds.includes(column.id);
          return (
            <label key={column.id} className="popover-option">
              <input
                type="checkbox"
                checked={checked}
                disabled={column.id === lockedId}
                onChange={(event) =>
                  onChange(
                    columns
                      .map((c) => c.id)
                      .filter((id) =>
                        id === column.id ? event.target.checked : visibleIds.includes(id),
                      ),
                  )
                }
              />
              {column.label}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
