import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { RecordBase } from '@/models/record-fields';
import type { RecordTableProps } from './record-table';

type AnyRecordTable = ComponentType<RecordTableProps<RecordBase>>;

/** The table once its code is in: rendered directly, with no suspending. */
let loadedTable: AnyRecordTable | undefined;

/**
 * The table's code (react-table) is not part of what a list page needs before it can paint: the
 * list routes' loaders ask for it beside the list's first request (the request takes longer), and
 * anything else showing a table loads it on first render.
 */
export const loadRecordTable = () =>
  import('./record-table').then((module) => {
    loadedTable = module.RecordTable as AnyRecordTable;
    return module;
  });

// React.lazy loses the component's type parameter: the wrapper below restores it for callers.
const LazyRecordTable = lazy(() =>
  loadRecordTable().then((module) => ({ default: module.RecordTable as AnyRecordTable })),
);

export function RecordTable<Read extends RecordBase>(props: RecordTableProps<Read>) {
  const anyProps = props as unknown as RecordTableProps<RecordBase>;
  // Loaded already (a list route's loader waits for it): no Suspense. React.lazy would suspend
  // on its first render even so, and React then holds the rows back until its fallback has
  // been on screen 300 ms (its fallback throttling): 300 ms on every list's first screen.
  // Chosen once per table, so a table never remounts (and loses its state) when the code lands.
  const [Table] = useState(() => loadedTable);
  if (Table) return <Table {...anyProps} />;
  return (
    <Suspense
      fallback={
        <p role="status" className="table-message">
          Loading {props.nounMany}…
        </p>
      }
    >
      <LazyRecordTable {...anyProps} />
    </Suspense>
  );
}
