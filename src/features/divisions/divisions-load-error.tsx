import { GuxButtonSlot } from 'genesys-spark-components-react';

/** Said where a division list should be when it could not be read, with a way to read it again. */
export function DivisionsLoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <span role="alert" className="divisions-load-error">
      The divisions could not be loaded.{' '}
      <GuxButtonSlot accent="ghost">
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </GuxButtonSlot>
    </span>
  );
}
