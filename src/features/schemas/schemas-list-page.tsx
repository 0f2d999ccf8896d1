import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import type { DataSchema } from '@/models/data-schema';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import '@/ui/ui.css';
import { formatDateTime } from '@/models/format-date';
import {
  ENTITY_SEGMENT,
  schemaLimitsQueryOptions,
  schemaListQueryOptions,
  type SchemaEntity,
} from './api';
import './schemas.css';
import { creatorName, useUserNames } from './user-names';

const ENTITY_TITLE: Record<SchemaEntity, string> = {
  contact: 'Contact schemas',
  organization: 'Organization schemas',
};

const fieldCount = (schema: DataSchema) => Object.keys(schema.jsonSchema.properties).length;

function SchemaTable({
  entity,
  schemas,
  names,
}: {
  entity: SchemaEntity;
  schemas: DataSchema[];
  names: ReadonlyMap<string, string>;
}) {
  if (schemas.length === 0) return <p className="muted">No {entity} schemas yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{ENTITY_TITLE[entity]}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Fields</th>
            <th scope="col">Last saved by</th>
            <th scope="col">Last saved</th>
          </tr>
        </thead>
        <tbody>
          {schemas.map((schema) => (
            <tr key={schema.id}>
              <td>
                <Link
                  to="/schemas/$entity/$schemaId"
                  params={{ entity: ENTITY_SEGMENT[entity], schemaId: schema.id ?? '' }}
                >
                  {schema.name ?? schema.id}
                </Link>
              </td>
              <td>{schema.version}</td>
              <td>{schema.enabled === false ? 'Disabled' : 'Enabled'}</td>
              <td>{fieldCount(schema)}</td>
              <td>{creatorName(names, schema.createdBy)}</td>
              <td>{formatDateTime(schema.dateCreated)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Contact and organization schemas side by side: the org-wide limits count both. */
export function SchemasListPage() {
  const { api } = useServices();
  const { can } = usePermissions();
  const contacts = useQuery(schemaListQueryOptions(api, 'contact'));
  const organizations = useQuery(schemaListQueryOptions(api, 'organization'));
  const limits = useQuery(schemaLimitsQueryOptions(api, 'contact'));
  const all = [...(contacts.data ?? []), ...(organizations.data ?? [])];
  const names = useUserNames(
    all.flatMap((schema) => (schema.createdBy?.id ? [schema.createdBy.id] : [])),
  );

  if (!can(...PERMISSIONS.schema.view)) {
    return (
      <div className="page">
        <h1>You cannot view custom-field schemas</h1>
        <p>Your roles do not include viewing custom fields. Ask an administrator if you need it.</p>
      </div>
    );
  }
  const maxSchemas = limits.data?.maxNumberOfSchemasPerOrg;
  const left = maxSchemas === undefined ? undefined : Math.max(0, maxSchemas - all.length);
  const canAdd = can(...PERMISSIONS.schema.add);
  const addReason = !canAdd
    ? 'Your roles do not include adding custom-field schemas.'
    : left === 0
      ? `The org has the maximum of ${maxSchemas} schemas; delete or reuse one.`
      : null;

  return (
    <div className="page">
      <PageHeader title="Custom-field schemas">
        <p className="muted">
          A schema defines the custom fields contacts or organizations can carry.
          {left !== undefined ? ` ${left} of ${maxSchemas} schemas left in this org.` : ''}
        </p>
      </PageHeader>
      {(['contact', 'organization'] as const).map((entity) => {
        const query = entity === 'contact' ? contacts : organizations;
        return (
          <section key={entity} aria-labelledby={`schemas-${entity}`} style={{ marginBottom: 24 }}>
            <div className="page-header-row" style={{ marginBottom: 8 }}>
              <h2 id={`schemas-${entity}`}>{ENTITY_TITLE[entity]}</h2>
              <div className="page-header-actions">
                {addReason === null ? (
                  <Link
                    className="link-button primary"
                    to="/schemas/$entity/new"
                    params={{ entity: ENTITY_SEGMENT[entity] }}
                  >
                    New {entity} schema
                  </Link>
                ) : (
                  <span className="muted">{addReason}</span>
                )}
              </div>
            </div>
            {query.isError ? (
              <QueryError
                error={query.error}
                title="The schemas could not be loaded."
                onRetry={() => void query.refetch()}
              />
            ) : query.isPending ? (
              <p className="muted">Loading…</p>
            ) : (
              <SchemaTable entity={entity} schemas={query.data} names={names} />
            )}
          </section>
        );
      })}
      <p className="muted">
        How many records use a schema: the API does not report it. Deleting a contact schema that
        contacts still use is refused, and the answer names how many.
      </p>
    </div>
  );
}
