import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import type { DataSchema } from '@/models/data-schema';
import { formatDateTime } from '@/models/format-date';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FormField } from '@/ui/form-field';
import { QueryError } from '@/ui/query-error';
import { schemaVersionsQueryOptions, useUpdateSchema, type SchemaEntity } from '../api';
import { creatorName, useUserNames } from '../user-names';
import { DiffList } from './diff-list';
import './schema-editor.css';
import { VersionDiffTable } from './version-diff-table';
import { ActionsHeader } from '@/ui/actions-header';
import { ActionButton } from '@/ui/action-button';

export const snapshotOf = (schema: DataSchema) => ({
  name: schema.name ?? '',
  enabled: schema.enabled !== false,
  jsonSchema: schema.jsonSchema,
});

/**
 * "Restore version N": the old version's name, enabled state and document saved as a new version
 * on top of the current one (history is never rewritten). A 409 means someone saved meanwhile:
 * nothing is written and the dialog says so.
 */
function RestoreDialog({
  entity,
  current,
  version,
  editorDirty,
  onCancel,
  onRestored,
}: {
  entity: SchemaEntity;
  current: DataSchema;
  version: DataSchema | null;
  editorDirty: boolean;
  onCancel: () => void;
  onRestored: (saved: DataSchema, from: number) => void;
}) {
  const update = useUpdateSchema(entity, current.id ?? '');
  const next = (current.version ?? 1) + 1;
  const error =
    update.error instanceof ApiError
      ? update.error.status === 409
        ? 'Someone saved a newer version meanwhile; nothing was restored. Close this, look at the newest version, and try again.'
        : update.error.message
      : update.error
        ? 'The version could not be restored.'
        : undefined;
  return (
    <ConfirmDialog
      open={version !== null}
      title={`Restore version ${version?.version ?? ''}?`}
      confirmLabel={`Restore as version ${next}`}
      pending={update.isPending}
      error={error}
      onCancel={() => {
        update.reset();
        onCancel();
      }}
      onConfirm={() => {
        if (!version) return;
        update.mutate(
          {
            name: version.name ?? current.name ?? '',
            enabled: version.enabled !== false,
            jsonSchema: version.jsonSchema,
            version: current.version ?? 1,
          },
          { onSuccess: (saved) => onRestored(saved, version.version ?? 0) },
        );
      }}
    >
      {version ? (
        <>
          <p>
            Saves version {next} with the name, enabled state and fields of version{' '}
            {version.version}. Versions {version.version} to {current.version} stay in the history.
          </p>
          {editorDirty ? (
            <p>
              <strong>Your unsaved edits in the Fields tab are discarded.</strong>
            </p>
          ) : null}
          <DiffList
            label={`What changes from version ${current.version}`}
            before={snapshotOf(current)}
            after={snapshotOf(version)}
          />
        </>
      ) : null}
    </ConfirmDialog>
  );
}

/** Every version of a schema, two of them side by side, and restoring an old one. */
export function SchemaHistory({
  entity,
  current,
  canEdit,
  editorDirty,
  onRestored,
}: {
  entity: SchemaEntity;
  current: DataSchema;
  canEdit: boolean;
  editorDirty: boolean;
  onRestored: (saved: DataSchema, from: number) => void;
}) {
  const { api } = useServices();
  const versions = useQuery(schemaVersionsQueryOptions(api, entity, current.id ?? ''));
  const names = useUserNames(
    (versions.data ?? []).flatMap((version) =>
      version.createdBy?.id ? [version.createdBy.id] : [],
    ),
  );
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<DataSchema | null>(null);
  if (versions.isError) {
    return (
      <QueryError
        error={versions.error}
        title="The version history could not be loaded."
        onRetry={() => void versions.refetch()}
      />
    );
  }
  if (versions.isPending) return <p className="muted">Loading the history…</p>;
  const list = versions.data;
  const newest = list[0]?.version ?? 1;
  const toVersion = to ?? newest;
  const fromVersion = from ?? Math.max(1, toVersion - 1);
  const a = list.find((version) => version.version === fromVersion);
  const b = list.find((version) => version.version === toVersion);
  const picker = (label: string, value: number, set: (version: number) => void) => (
    <FormField label={label} kind="select" required>
      {(props) => (
        <select {...props} value={value} onChange={(event) => set(Number(event.target.value))}>
          {list.map((version) => (
            <option key={version.version} value={version.version}>
              Version {version.version}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  return (
    <div className="schema-editor">
      <div className="schema-box">
        <div className="table-scroll">
          <table className="data-table history-table">
            <caption>Versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved by</th>
                <th scope="col">Saved</th>
                <th scope="col">Status</th>
                <th scope="col">Fields</th>
                {canEdit ? <ActionsHeader /> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((version) => (
                <tr key={version.version}>
                  <td>
                    {version.version}
                    {version.version === current.version ? ' (current)' : ''}
                  </td>
                  <td>{creatorName(names, version.createdBy)}</td>
                  <td>{formatDateTime(version.dateCreated)}</td>
                  <td>{version.enabled === false ? 'Disabled' : 'Enabled'}</td>
                  <td>{Object.keys(version.jsonSchema.properties).length}</td>
                  {canEdit ? (
                    <td>
                      {version.version !== current.version ? (
                        <ActionButton onClick={() => setRestoring(version)}>
                          Restore version {version.version}
                        </ActionButton>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="schema-box">
        {list.length > 1 ? (
          <>
            <div className="form-grid">
              {picker('Compare version', fromVersion, setFrom)}
              {picker('with version', toVersion, setTo)}
            </div>
            {a && b ? (
              <VersionDiffTable
                label={`Changes from version ${fromVersion} to version ${toVersion}`}
                beforeLabel={`Version ${fromVersion}`}
                afterLabel={`Version ${toVersion}`}
                before={snapshotOf(a)}
                after={snapshotOf(b)}
              />
            ) : null}
          </>
        ) : (
          <p className="muted">Only one version so far.</p>
        )}
      </div>
      {canEdit ? (
        <RestoreDialog
          entity={entity}
          current={current}
          version={restoring}
          editorDirty={editorDirty}
          onCancel={() => setRestoring(null)}
          onRestored={(saved, fromNumber) => {
            setRestoring(null);
            setFrom(null);
            setTo(null);
            onRestored(saved, fromNumber);
          }}
        />
      ) : null}
    </div>
  );
}
