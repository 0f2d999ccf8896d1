import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useServices } from '@/app/services';
import type { DataSchema } from '@/models/data-schema';
import { QueryError } from '@/ui/query-error';
import { formatDateTime } from '@/models/format-date';
import { FormField } from '@/ui/form-field';
import { schemaVersionsQueryOptions, type SchemaEntity } from '../api';
import { creatorName, useUserNames } from '../user-names';
import { DiffList } from './diff-list';

export const snapshotOf = (schema: DataSchema) => ({
  name: schema.name ?? '',
  enabled: schema.enabled !== false,
  jsonSchema: schema.jsonSchema,
});

/** Every version of a schema, and the difference between any two of them. */
export function SchemaHistory({ entity, schemaId }: { entity: SchemaEntity; schemaId: string }) {
  const { api } = useServices();
  const versions = useQuery(schemaVersionsQueryOptions(api, entity, schemaId));
  const names = useUserNames(
    (versions.data ?? []).flatMap((version) =>
      version.createdBy?.id ? [version.createdBy.id] : [],
    ),
  );
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
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
    <div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Versions</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved by</th>
              <th scope="col">Saved</th>
              <th scope="col">Status</th>
              <th scope="col">Fields</th>
            </tr>
          </thead>
          <tbody>
            {list.map((version) => (
              <tr key={version.version}>
                <td>{version.version}</td>
                <td>{creatorName(names, version.createdBy)}</td>
                <td>{formatDateTime(version.dateCreated)}</td>
                <td>{version.enabled === false ? 'Disabled' : 'Enabled'}</td>
                <td>{Object.keys(version.jsonSchema.properties).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.length > 1 ? (
        <>
          <div className="form-grid" style={{ marginTop: 12 }}>
            {picker('Compare version', fromVersion, setFrom)}
            {picker('with version', toVersion, setTo)}
          </div>
          {a && b ? (
            <DiffList
              label={`Changes from version ${fromVersion} to version ${toVersion}`}
              before={snapshotOf(a)}
              after={snapshotOf(b)}
            />
          ) : null}
        </>
      ) : (
        <p className="muted">Only one version so far.</p>
      )}
    </div>
  );
}
