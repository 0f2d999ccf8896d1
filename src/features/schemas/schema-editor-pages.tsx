import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, notFound, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
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
import { SchemaTabs } from './editor/schema-tabs';
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
  const inUse = remove.error instanceof ApiError && remove.error.status === 409;
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
        <p className={inUse ? undefined : 'muted'}>
          {inUse ? (
            <strong>Disable it instead: </strong>
          ) : (
            'Instead of deleting, you can disable it: '
          )}
          untick <strong>Enabled</strong> in the Fields tab and save. A disabled schema is no longer
          offered for new or edited contacts, while the contacts on it keep their values, shown and
          valid; it can be enabled again at any time.
        </p>
      </ConfirmDialog>
    </>
  );
}

type SchemaPageTab = 'fields' | 'history';

export function EditSchemaPage() {
  const params = editRoute.useParams();
  const entity = entityOrNotFound(params.entity);
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: schema } = useSuspenseQuery(schemaDetailQueryOptions(api, entity, params.schemaId));
  const canEdit = can(...PERMISSIONS.schema.edit);
  const name = schema.name ?? schema.id ?? 'Schema';
  const [tab, setTab] = useState<SchemaPageTab>('fields');
  const [editorDirty, setEditorDirty] = useState(false);
  // A restore saves a new version behind the editor's back: the editor starts again from it.
  const [restores, setRestores] = useState(0);
  const [restored, setRestored] = useState<string | null>(null);
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
      <div role="status">
        {restored ? (
          <GuxInlineAlert accent="success">
            <div>{restored}</div>
          </GuxInlineAlert>
        ) : null}
      </div>
      <SchemaTabs
        label="Schema"
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            name: 'fields',
            label: 'Fields',
            panel: (
              // Keyed by schema (another schema never inherits this draft) and by restores.
              <SchemaEditor
                key={`${schema.id ?? ''}-${restores}`}
                entity={entity}
                schema={schema}
                readOnly={!canEdit}
                onDirtyChange={setEditorDirty}
              />
            ),
          },
          {
            name: 'history',
            label: `Version history (${schema.version ?? 1})`,
            panel: (
              <SchemaHistory
                entity={entity}
                current={schema}
                canEdit={canEdit}
                editorDirty={editorDirty}
                onRestored={(saved, from) => {
                  setRestores((count) => count + 1);
                  setRestored(`Version ${from} was restored as version ${saved.version ?? '?'}.`);
                  setTab('fields');
                  // The restore button is gone with its panel: focus goes to the open tab.
                  window.setTimeout(() =>
                    window.document
                      .querySelector<HTMLElement>("[role='tab'][aria-selected='true']")
                      ?.focus(),
                  );
                }}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
