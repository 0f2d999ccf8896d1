import { ActionButton } from '@/ui/action-button';

/** Said where a division list should be when it could not be read, with a way to read it again. */
export function DivisionsLoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <span role="alert" className="divisions-load-error">
      The divisions could not be loaded.{' '}
      <ActionButton accent="ghost" onClick={onRetry}>
        Retry
      </ActionButton>
    </span>
  );
}
