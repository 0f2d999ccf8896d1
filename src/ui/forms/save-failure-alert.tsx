import { GuxInlineAlert } from 'genesys-spark-components-react';
import type { SaveFailure } from './use-form-save';

/** The form's summary of a failed save; the inputs keep what was typed. */
export function SaveFailureAlert({
  failure,
  suffix,
}: {
  failure: SaveFailure | null;
  suffix?: string;
}) {
  if (!failure) return null;
  return (
    <GuxInlineAlert accent="error">
      <div role="alert">
        {failure.message}
        {suffix ? ` ${suffix}` : null}
      </div>
    </GuxInlineAlert>
  );
}
