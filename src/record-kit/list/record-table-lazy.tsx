import { lazy, Suspense, type ComponentType } from 'react';
import type { RecordBase } from '@/models/record-fields';
import type { RecordTableProps } from './record-table';

/**
 * The table's code (react-table) is not part of what a list page needs before it can paint: the
 * list routes' loaders ask for it beside the list's first request (the request takes longer), and
 * anything else showing a table loads it on first render.
 */
export const loadRecordTable = () => import('./record-table');

// React.lazy loses the component's type parameter: the wrapper below restores it for callers.
const LazyRecordTable = lazy(() =>
  loadRecordTable().then((module) => ({
    default: module.RecordTable as ComponentType<RecordTableProps<RecordBase>>,
  })),
);

export function RecordTable<Read extends RecordBase>(props: RecordTableProps<Read>) {
  return (
    <Suspense
      fallback={
        <p role="status" className="table-message">
          Loading {props.nounMany}…
        </p>
      }
    >
      <LazyRecordTable {...(props as unknown as RecordTableProps<RecordBase>)} />
    </Suspense>
  );
}
