import { useEffect, useRef, useState } from 'react';
import { useServices } from '@/app/services';
import { scanReferences, type KindScanProgress, type ReferenceKind } from './reference-scan';

export type ReferenceScan = Partial<Record<ReferenceKind, KindScanProgress>>;

/**
 * Scans the kinds the user may read for records on `sourceId` while `sourceId` is set; `stop`
 * ends both scans and keeps what they found. Closing (sourceId null) stops them too.
 */
export function useReferenceScan(sourceId: string | null, kinds: readonly ReferenceKind[]) {
  const { api } = useServices();
  // Kept with the source it is for: opening another source starts from nothing without a reset.
  const [state, setState] = useState<{ sourceId: string | null; progress: ReferenceScan }>({
    sourceId: null,
    progress: {},
  });
  const progress = state.sourceId === sourceId ? state.progress : {};
  const controller = useRef<AbortController | null>(null);
  const kindsKey = kinds.join(',');

  useEffect(() => {
    if (sourceId === null) return;
    const abort = new AbortController();
    // Stop keeps the scans' last report; closing (or a re-run) drops whatever they report after.
    let disposed = false;
    controller.current = abort;
    for (const kind of kindsKey.split(',').filter(Boolean) as ReferenceKind[]) {
      void scanReferences(api, kind, sourceId, abort.signal, (next) =>
        disposed
          ? undefined
          : setState((current) => ({
              sourceId,
              progress: {
                ...(current.sourceId === sourceId ? current.progress : {}),
                [kind]: next,
              },
            })),
      );
    }
    return () => {
      disposed = true;
      abort.abort();
    };
  }, [api, sourceId, kindsKey]);

  const running = Object.values(progress).some((kind) => kind.status === 'running');
  return { progress, running, stop: () => controller.current?.abort() };
}
