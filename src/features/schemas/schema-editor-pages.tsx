import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, notFound, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { PageHeader } from '@/ui/page-header';
import {
  entityFromSegment,
  schemaDetailQueryOptions,
  useDeleteContactSchema,
  type SchemaEntity,
} from './api';
import { SchemaEditor } from './editor/schema-editor';
import { SchemaHistory } from './editor/schema-history';
import './schemas.css';

const newRoute = getRouteApi('/_app/schemas/$entity/new');
const editRoute = getRouteApi('/_app/schemas/$entity/$schemaId');

export function entityOrNotFound(segment: string): SchemaEntity {
  const entity = entityFromSegment(segment);
  if (entity === null) throw notFound();
  return entity;
}

function Breadcrumb() {
  return (
    <p className="muted">
      <Link to="/schemas">All schemas</Link>
    </p>
  );
}

export function NewSchemaPage() {
  const entity = entityOrNotFound(newRoute.useParams().entity);
  const { can } = usePermissions();
  if (!can(...PERMISSIONS.schema.add)) {
    return (
      <div className="page">
        <h1>You cannot create schemas</h1>
        <p>
          Your roles do not include adding custom-field schemas. Ask an administrator if you need
          it.
        </p>
        <Link to="/schemas">Back to all schemas</Link>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader title={`New ${entity} schema`}>
        <Breadcrumb />
      </PageHeader>
      <SchemaEditor entity={entity} readOnly={false} />
    </div>
  );
}

function DeleteSchema({ schemaId, name }: { schemaId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteContactSchema();
  const navigate = useNavigate();
  const error =
    remove.error instanceof ApiError
      ? remove.error.message
      : remove.error
        ? 'The schema could not be deleted.'
        : undefined;
  return (
    <>
      <GuxButtonSlot accent="danger">
        <button type="button" onClick={() => setOpen(true)}>
          Delete schema
        </button>
      </GuxButtonSlot>
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        confirmLabel="Delete schema"
        danger
        pending={remove.isPending}
        error={error}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate(schemaId, {
            onSuccess: () => {
              setOpen(false);
              void navigate({ to: '/schemas' });
            },
          })
        }
      >
        <p>
          Deleting removes the schema and all its versions. The API does not say beforehand how many
          contacts use it: if any do, it refuses and names how many, and nothing is deleted.
        </p>
      </ConfirmDialog>
    </>
  );
}

export function EditSchemaPage() {
  const params = editRoute.useParams();
  const entity = entityOrNotFound(params.entity);
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: schema } = useSuspenseQuery(schemaDetailQueryOptions(api, entity, params.schemaId));
  const canEdit = can(...PERMISSIONS.schema.edit);
  const name = schema.name ?? schema.id ?? 'Schema';
  return (
    <div className="page">
      <PageHeader
        title={name}
        actions={
          canEdit && entity === 'contact' ? (
            <DeleteSchema schemaId={params.schemaId} name={name} />
          ) : null
        }
      >
        <Breadcrumb />
        <p className="muted">
          {entity === 'contact' ? 'Contact' : 'Organization'} schema · version {schema.version} ·{' '}
          {schema.enabled === false ? 'disabled' : 'enabled'}
        </p>
        {!canEdit ? (
          <p role="note">Read only: your roles do not include editing custom-field schemas.</p>
        ) : null}
      </PageHeader>
      {/* Keyed by schema so another schema never inherits this one's draft. */}
      <SchemaEditor key={schema.id} entity={entity} schema={schema} readOnly={!canEdit} />
      <section aria-labelledby="history-title" style={{ marginTop: 24 }}>
        <h2 id="history-title">Version history</h2>
        <SchemaHistory entity={entity} schemaId={params.schemaId} />
      </section>
    </div>
  );
}
