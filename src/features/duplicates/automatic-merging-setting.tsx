import { useQuery } from '@tanstack/react-query';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId, useState } from 'react';
import { useServices } from '@/app/services';
import { formatDateTime } from '@/models/format-date';
import { MutationConfirmDialog } from '@/ui/mutation-confirm-dialog';
import { QueryError } from '@/ui/query-error';
import { graphSettingsQueryOptions, useSaveGraphSettings } from './api';

/**
 * The org-wide switch for automatic merging. Turning it on is asked first: the next scan merges
 * every cluster it finds without anyone reviewing them.
 */
export function AutomaticMergingSetting({ canEdit }: { canEdit: boolean }) {
  const { api } = useServices();
  const settings = useQuery(graphSettingsQueryOptions(api));
  const save = useSaveGraphSettings();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const enabled = settings.data?.automaticMergingEnabled === true;

  return (
    <section className="duplicates-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>Automatic merging</h2>
      <p className="muted">
        When automatic merging is on, each new duplicate scan merges every cluster it finds into one
        curated contact, without review. A scan runs when this page is opened after contacts have
        changed, and right after automatic merging is turned on. When it is off, clusters wait here
        until someone merges them.
      </p>
      {settings.isError ? (
        <QueryError
          error={settings.error}
          title="The merging setting could not be loaded."
          onRetry={() => void settings.refetch()}
        />
      ) : settings.isPending ? (
        <p role="status">Loading the setting…</p>
      ) : (
        <div className="duplicates-settings-row">
          <p>
            Automatic merging is <strong>{enabled ? 'on' : 'off'}</strong>
            {settings.data.dateModified
              ? ` (changed ${formatDateTime(settings.data.dateModified)})`
              : ''}
            .
          </p>
          {canEdit ? (
            <GuxButtonSlot accent="secondary">
              <button
                type="button"
                disabled={save.isPending}
                onClick={() => {
                  save.reset();
                  if (enabled) save.mutate(false);
                  else setConfirming(true);
                }}
              >
                {enabled ? 'Turn automatic merging off' : 'Turn automatic merging on…'}
              </button>
            </GuxButtonSlot>
          ) : null}
          {save.isError && !confirming ? <p role="alert">{save.error.message}</p> : null}
        </div>
      )}
      <MutationConfirmDialog
        open={confirming}
        mutation={save}
        title="Turn automatic merging on?"
        confirmLabel="Turn on"
        pendingLabel="Turning on…"
        danger
        onClose={() => setConfirming(false)}
        onConfirm={() => save.mutate(true, { onSuccess: () => setConfirming(false) })}
      >
        <p>
          The next scan, which runs as soon as this page reloads the scan, merges every cluster it
          finds, in every division. Merges cannot be undone.
        </p>
      </MutationConfirmDialog>
    </section>
  );
}
