import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { useServices } from '@/app/services';
import { schemaLimitsQueryOptions, schemaListQueryOptions } from '@/features/schemas';
import type { DataSchema } from '@/models/data-schema';
import { PERMISSIONS } from '@/models/permissions';
import { formatCount } from '@/ui/format';

/** Fields as the schemas page counts them: the properties of the schema document. */
const fieldCount = (schema: DataSchema) => Object.keys(schema.jsonSchema.properties).length;
const SHOWN = 5;

/**
 * How much room custom fields have left: schemas left in the org (contact and organization
 * schemas count together) and fields left in the schemas closest to their limit.
 */
export function SchemaHeadroomPanel() {
  const { api } = useServices();
  const { can } = usePermissions();
  const allowed = can(...PERMISSIONS.schema.view);
  const contacts = useQuery({ ...schemaListQueryOptions(api, 'contact'), enabled: allowed });
  const organizations = useQuery({
    ...schemaListQueryOptions(api, 'organization'),
    enabled: allowed,
  });
  const limits = useQuery({ ...schemaLimitsQueryOptions(api, 'contact'), enabled: allowed });
  if (!allowed) return null;
  const failed = contacts.isError || organizations.isError || limits.isError;
  const ready = contacts.data && organizations.data && limits.data;
  const schemas = [
    ...(contacts.data ?? []).map((schema) => ({ schema, kind: 'Contact' })),
    ...(organizations.data ?? []).map((schema) => ({ schema, kind: 'Organization' })),
  ];
  const maxSchemas = limits.data?.maxNumberOfSchemasPerOrg ?? 0;
  const maxFields = limits.data?.maxNumberOfFieldsPerSchema ?? 0;
  const tightest = schemas
    .map((entry) => ({ ...entry, left: Math.max(0, maxFields - fieldCount(entry.schema)) }))
    .sort((a, b) => a.left - b.left)
    .slice(0, SHOWN);
  return (
    <section aria-labelledby="home-schemas" className="home-card">
      <h2 id="home-schemas">Custom-field headroom</h2>
      {!ready && !failed ? <p role="status">Reading the schemas and limits…</p> : null}
      {failed ? <p role="alert">The schemas or their limits could not be read.</p> : null}
      {ready ? (
        <>
          <dl className="home-figures" aria-label="Schemas in this org">
            <div>
              <dt>Schemas left</dt>
              <dd>{formatCount(Math.max(0, maxSchemas - schemas.length))}</dd>
            </div>
            <div>
              <dt>Schemas used</dt>
              <dd>
                {formatCount(schemas.length)} of {formatCount(maxSchemas)}
              </dd>
            </div>
            <div>
              <dt>Fields per schema</dt>
              <dd>up to {formatCount(maxFields)}</dd>
            </div>
          </dl>
          {tightest.length > 0 ? (
            <table className="data-table home-table">
              <caption>Fields left, fullest schemas first</caption>
              <thead>
                <tr>
                  <th scope="col">Schema</th>
                  <th scope="col">For</th>
                  <th scope="col">Fields left</th>
                </tr>
              </thead>
              <tbody>
                {tightest.map(({ schema, kind, left }) => (
                  <tr key={`${kind}-${schema.id ?? schema.name}`}>
                    <td>{schema.name ?? schema.id}</td>
                    <td>{kind}</td>
                    <td>{formatCount(left)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
      <Link to="/schemas">Go to Schemas</Link>
    </section>
  );
}
