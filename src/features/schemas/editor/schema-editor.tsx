import { useQuery } from '@tanstack/react-query';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import {
  schemaDocumentProblems,
  type DataSchema,
  type FieldProblem,
  type JsonSchemaDocument,
} from '@/models/data-schema';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { PlainField } from '../custom-fields/plain-field';
import {
  coreTypesQueryOptions,
  ENTITY_SEGMENT,
  fetchLatestSchema,
  schemaLimitsQueryOptions,
  schemaListQueryOptions,
  useCreateSchema,
  useUpdateSchema,
  type SchemaEntity,
} from '../api';
import '../schemas.css';
import { DiffList } from './diff-list';
import { FieldEditor } from './field-editor';
import { fieldKeyFromTitle } from './field-key';
import { parseJsonText, toJsonText, type JsonParseResult } from './json-text';
import { reapplyEdits } from './rebase';
import { snapshotOf } from './schema-history';
import { documentToDraft, draftToDocument, emptyField, type SchemaDraft } from './schema-draft';
import { SchemaPreview } from './schema-preview';
import { SchemaJsonView } from './schema-json-view';

const EMPTY_DOCUMENT: JsonSchemaDocument = { properties: {} };

function initialDraft(schema: DataSchema | undefined): SchemaDraft {
  if (!schema) return documentToDraft('', true, EMPTY_DOCUMENT, new Set());
  return documentToDraft(
    schema.name ?? '',
    schema.enabled !== false,
    schema.jsonSchema,
    new Set(Object.keys(schema.jsonSchema.properties)),
  );
}

const fieldsIn = (schemas: DataSchema[] | undefined, except: string | undefined) =>
  (schemas ?? [])
    .filter((schema) => schema.id !== except)
    .reduce((sum, schema) => sum + Object.keys(schema.jsonSchema.properties).length, 0);

/**
 * The visual + JSON editor of one schema (new when `schema` is absent). The draft is the single
 * source of truth: the JSON view is made from it and, while the JSON parses, writes back to it.
 * Saving sends the version the author started from; a 409 never overwrites (see ConflictPanel).
 */
export function SchemaEditor({
  entity,
  schema,
  readOnly,
}: {
  entity: SchemaEntity;
  schema?: DataSchema | undefined;
  readOnly: boolean;
}) {
  const { api } = useServices();
  const navigate = useNavigate();
  const coreTypesData = useQuery(coreTypesQueryOptions(api, entity)).data;
  const coreTypes = useMemo(() => coreTypesData ?? {}, [coreTypesData]);
  const limits = useQuery(schemaLimitsQueryOptions(api, entity)).data;
  const contactSchemas = useQuery(schemaListQueryOptions(api, 'contact')).data;
  const organizationSchemas = useQuery(schemaListQueryOptions(api, 'organization')).data;
  const create = useCreateSchema(entity);
  const update = useUpdateSchema(entity, schema?.id ?? '');

  const [base, setBase] = useState<DataSchema | undefined>(schema);
  const [draft, setDraft] = useState<SchemaDraft>(() => initialDraft(schema));
  const [view, setView] = useState<'visual' | 'json'>('visual');
  const [jsonText, setJsonText] = useState('');
  const [jsonParse, setJsonParse] = useState<JsonParseResult>({ ok: true, value: null });
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState<DataSchema | null>(null);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  // Set just before leaving for the new schema's page, which renders before state settles.
  const leaving = useRef(false);

  const document = useMemo(() => draftToDocument(draft), [draft]);
  const schemaDescription =
    typeof draft.documentExtra.description === 'string' ? draft.documentExtra.description : '';
  const problems = useMemo(() => {
    const found =
      limits === undefined
        ? []
        : schemaDocumentProblems(document, {
            coreTypes,
            quantity: limits,
            previous: base?.jsonSchema ?? null,
          });
    const name = draft.name.trim();
    if (
      limits &&
      (name.length < limits.minSchemaNameCharacters || name.length > limits.maxSchemaNameCharacters)
    ) {
      found.unshift({
        fieldName: 'name',
        message: `A schema name must be ${limits.minSchemaNameCharacters} to ${limits.maxSchemaNameCharacters} characters long.`,
      });
    }
    const keys = draft.fields.map((field) => field.key);
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate !== undefined) {
      found.push({
        fieldName: `jsonSchema.properties.${duplicate}`,
        message: `Two fields have the key ${duplicate}.`,
      });
    }
    return found;
  }, [document, coreTypes, limits, base, draft]);

  const savedSnapshot = base
    ? snapshotOf(base)
    : { name: '', enabled: true, jsonSchema: EMPTY_DOCUMENT };
  const mine = { name: draft.name.trim(), enabled: draft.enabled, jsonSchema: document };
  const dirty =
    JSON.stringify(mine) !== JSON.stringify({ ...savedSnapshot, name: savedSnapshot.name.trim() });
  const blocker = useBlocker({
    shouldBlockFn: () => dirty && !readOnly && !leaving.current,
    enableBeforeUnload: () => dirty && !readOnly,
    withResolver: true,
  });

  const orgFieldsElsewhere =
    fieldsIn(contactSchemas, schema?.id) + fieldsIn(organizationSchemas, schema?.id);
  const fieldsLeft =
    limits === undefined
      ? undefined
      : Math.min(
          limits.maxNumberOfFieldsPerSchema - draft.fields.length,
          limits.maxNumberOfFieldsPerOrg - orgFieldsElsewhere - draft.fields.length,
        );
  const nameLeft =
    limits === undefined ? undefined : limits.maxSchemaNameCharacters - draft.name.length;

  const problemsOfField = (key: string) =>
    [...problems, ...serverProblems].filter(
      (problem) =>
        problem.fieldName === `jsonSchema.properties.${key}` ||
        problem.fieldName.startsWith(`jsonSchema.properties.${key}.`),
    );
  const otherProblems = [...problems, ...serverProblems].filter(
    (problem) =>
      !problem.fieldName.startsWith('jsonSchema.properties.') ||
      !draft.fields.some((field) =>
        problem.fieldName.startsWith(`jsonSchema.properties.${field.key}`),
      ),
  );

  const setFields = (fields: SchemaDraft['fields']) => {
    setServerProblems([]);
    setDraft((current) => ({ ...current, fields }));
  };
  const addField = () => {
    const field = emptyField('text');
    field.key = fieldKeyFromTitle(
      'field',
      'text',
      new Set(draft.fields.map((f) => f.key)),
      limits?.maxFieldNameCharacters,
    );
    setFields([...draft.fields, field]);
  };

  const showJson = () => {
    const text = toJsonText(document);
    setJsonText(text);
    setJsonParse({ ok: true, value: document });
    setView('json');
  };
  const onJsonChange = (text: string) => {
    setJsonText(text);
    const parsed = parseJsonText(text);
    if (parsed.ok) {
      const value = parsed.value;
      if (
        !value ||
        typeof value !== 'object' ||
        Array.isArray(value) ||
        !('properties' in value) ||
        typeof value.properties !== 'object' ||
        value.properties === null ||
        Array.isArray(value.properties)
      ) {
        setJsonParse({
          ok: false,
          message: 'The document must be an object with "properties".',
          line: 1,
        });
        return;
      }
      const locked = new Set(Object.keys(base?.jsonSchema.properties ?? {}));
      setDraft((current) => ({
        ...documentToDraft(current.name, current.enabled, value as JsonSchemaDocument, locked),
      }));
    }
    setJsonParse(parsed);
  };

  const save = async () => {
    if (sending.current || readOnly) return;
    setAttempted(true);
    if (view === 'json' && !jsonParse.ok) {
      setSummary({ tone: 'error', text: 'The JSON cannot be read: fix it before saving.' });
      return;
    }
    if (problems.length > 0) {
      setSummary({
        tone: 'error',
        text: `The schema has ${problems.length} problem${problems.length === 1 ? '' : 's'}: see the messages next to the fields.`,
      });
      return;
    }
    sending.current = true;
    setSaving(true);
    setSummary(null);
    setServerProblems([]);
    try {
      const body = { name: draft.name.trim(), enabled: draft.enabled, jsonSchema: document };
      const saved = base?.id
        ? await update.mutateAsync({ ...body, version: base.version ?? 1 })
        : await create.mutateAsync(body);
      setBase(saved);
      setDraft(initialDraft(saved));
      if (view === 'json') {
        setJsonText(toJsonText(saved.jsonSchema));
        setJsonParse({ ok: true, value: saved.jsonSchema });
      }
      setSummary({ tone: 'success', text: `Saved version ${saved.version ?? 1}.` });
      if (!base?.id && saved.id) {
        leaving.current = true;
        await navigate({
          to: '/schemas/$entity/$schemaId',
          params: { entity: ENTITY_SEGMENT[entity], schemaId: saved.id },
        });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && base?.id) {
        setConflict(await fetchLatestSchema(api, entity, base.id).catch(() => null));
        setSummary({
          tone: 'error',
          text: 'Someone else saved a newer version while you were editing. Nothing was overwritten: your edits are still here.',
        });
      } else if (error instanceof ApiError) {
        setServerProblems(
          error.details.flatMap((detail) =>
            detail.fieldName ? [{ fieldName: detail.fieldName, message: error.message }] : [],
          ),
        );
        setSummary({ tone: 'error', text: error.message });
      } else {
        setSummary({ tone: 'error', text: 'The schema could not be saved.' });
      }
    } finally {
      sending.current = false;
      setSaving(false);
    }
  };

  const reapply = () => {
    if (!conflict || !base) return;
    const merged = reapplyEdits(snapshotOf(base), mine, snapshotOf(conflict));
    const locked = new Set(Object.keys(conflict.jsonSchema.properties));
    setBase(conflict);
    setDraft(documentToDraft(merged.name, merged.enabled, merged.jsonSchema, locked));
    if (view === 'json') {
      setJsonText(toJsonText(merged.jsonSchema));
      setJsonParse({ ok: true, value: merged.jsonSchema });
    }
    setConflict(null);
    setSummary({
      tone: 'success',
      text: `Your edits were reapplied on top of version ${conflict.version ?? '?'}. Review them and save again.`,
    });
  };
  const discardMine = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(initialDraft(conflict));
    setConflict(null);
    setSummary(null);
    setView('visual');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <div className="schema-editor">
      <form onSubmit={onSubmit} noValidate aria-label="Schema" className="form-sections">
        {summary ? (
          <GuxInlineAlert accent={summary.tone === 'error' ? 'error' : 'success'}>
            <div role={summary.tone === 'error' ? 'alert' : 'status'}>{summary.text}</div>
          </GuxInlineAlert>
        ) : null}
        {conflict && base ? (
          <section className="form-section" aria-labelledby="conflict-title">
            <h2 id="conflict-title" style={{ fontSize: 16 }}>
              Version {conflict.version} was saved meanwhile
            </h2>
            <p>
              You started from version {base.version}. Here is what the newer version changed.
              Reapply your edits on top of it (fields you changed take your state, the others keep
              theirs), review, then save again.
            </p>
            <DiffList
              label={`What changed in version ${conflict.version}`}
              before={snapshotOf(base)}
              after={snapshotOf(conflict)}
            />
            <DiffList label="Your edits" before={snapshotOf(base)} after={mine} />
            <div className="inline-actions">
              <GuxButtonSlot accent="primary">
                <button type="button" onClick={reapply}>
                  Reapply my edits on version {conflict.version}
                </button>
              </GuxButtonSlot>
              <GuxButtonSlot accent="secondary">
                <button type="button" onClick={discardMine}>
                  Discard my edits and load version {conflict.version}
                </button>
              </GuxButtonSlot>
            </div>
          </section>
        ) : null}
        <fieldset className="form-section">
          <legend>Schema</legend>
          <div className="form-grid">
            <PlainField
              label="Schema name"
              required
              error={
                attempted || (nameLeft !== undefined && nameLeft < 0)
                  ? (problems.find((problem) => problem.fieldName === 'name')?.message ??
                    serverProblems.find((problem) => problem.fieldName === 'name')?.message)
                  : serverProblems.find((problem) => problem.fieldName === 'name')?.message
              }
              help={
                nameLeft !== undefined && nameLeft >= 0 ? `${nameLeft} characters left` : undefined
              }
            >
              {(props) => (
                <input
                  type="text"
                  {...props}
                  value={draft.name}
                  readOnly={readOnly}
                  onChange={(event) => setDraft({ ...draft, name: event.target.value })}
                />
              )}
            </PlainField>
          </div>
          <PlainField
            label="Schema description"
            help={
              limits
                ? `${Math.max(0, limits.maxSchemaDescriptionCharacters - schemaDescription.length)} characters left`
                : undefined
            }
            error={
              limits && schemaDescription.length > limits.maxSchemaDescriptionCharacters
                ? `The description may have at most ${limits.maxSchemaDescriptionCharacters} characters.`
                : undefined
            }
          >
            {(props) => (
              <textarea
                rows={2}
                {...props}
                value={schemaDescription}
                readOnly={readOnly}
                onChange={(event) => {
                  const rest = { ...draft.documentExtra };
                  delete rest.description;
                  setDraft({
                    ...draft,
                    // An empty description is left out rather than sent as "".
                    documentExtra:
                      event.target.value === ''
                        ? rest
                        : { ...rest, description: event.target.value },
                  });
                }}
              />
            )}
          </PlainField>
          <label style={{ display: 'block', marginTop: 8 }}>
            <input
              type="checkbox"
              checked={draft.enabled}
              disabled={readOnly}
              onChange={(event) => setDraft({ ...draft, enabled: event.target.checked })}
            />{' '}
            Enabled
          </label>
          <p className="field-help">
            A disabled schema is no longer offered when a {entity} is created or edited. Records
            that already use it keep their values, which stay shown and valid. Saving a change of
            this box makes a new version.
          </p>
        </fieldset>

        <div className="view-switch" role="group" aria-label="Editor view">
          <button
            type="button"
            className="small-button"
            aria-pressed={view === 'visual'}
            disabled={view === 'json' && !jsonParse.ok}
            onClick={() => setView('visual')}
          >
            Visual editor
          </button>
          <button
            type="button"
            className="small-button"
            aria-pressed={view === 'json'}
            onClick={showJson}
          >
            JSON
          </button>
          {view === 'json' && !jsonParse.ok ? (
            <span className="muted">Fix the JSON to go back to the visual editor.</span>
          ) : null}
        </div>

        {view === 'visual' ? (
          <section className="form-section" aria-labelledby="fields-title">
            <h2 id="fields-title" style={{ fontSize: 16, marginTop: 0 }}>
              Fields
            </h2>
            {limits ? (
              <p className="limits-note" role="status">
                {fieldsLeft !== undefined && fieldsLeft > 0
                  ? `${fieldsLeft} fields left (at most ${limits.maxNumberOfFieldsPerSchema} per schema, ${limits.maxNumberOfFieldsPerOrg} in the org).`
                  : `No fields left: a schema may have at most ${limits.maxNumberOfFieldsPerSchema} fields and the org ${limits.maxNumberOfFieldsPerOrg}.`}
              </p>
            ) : null}
            {draft.fields.length === 0 ? <p className="muted">No fields yet.</p> : null}
            {draft.fields.map((field, index) => (
              <FieldEditor
                key={field.uid}
                field={field}
                index={index}
                count={draft.fields.length}
                readOnly={readOnly}
                coreTypes={coreTypes}
                limits={limits}
                takenKeys={
                  new Set(draft.fields.filter((other) => other !== field).map((other) => other.key))
                }
                problems={attempted || field.title !== '' ? problemsOfField(field.key) : []}
                onChange={(next) =>
                  setFields(draft.fields.map((other) => (other === field ? next : other)))
                }
                onMove={(by) => {
                  const fields = [...draft.fields];
                  fields.splice(index, 1);
                  fields.splice(index + by, 0, field);
                  setFields(fields);
                }}
                onRemove={() => setFields(draft.fields.filter((other) => other !== field))}
              />
            ))}
            {!readOnly ? (
              <GuxButtonSlot accent="secondary">
                <button
                  type="button"
                  onClick={addField}
                  disabled={fieldsLeft !== undefined && fieldsLeft <= 0}
                >
                  Add field
                </button>
              </GuxButtonSlot>
            ) : null}
          </section>
        ) : (
          <section className="form-section" aria-label="JSON view">
            <SchemaJsonView
              text={jsonText}
              parse={jsonParse}
              problems={[...problems, ...serverProblems].filter(
                (problem) => problem.fieldName !== 'name',
              )}
              readOnly={readOnly}
              onChange={onJsonChange}
            />
          </section>
        )}

        {attempted && otherProblems.length > 0 && view === 'visual' ? (
          <ul className="json-problems" aria-label="Problems of the schema">
            {otherProblems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        ) : null}

        {!readOnly ? (
          <div className="form-actions">
            <GuxButtonSlot accent="primary">
              <button type="submit" disabled={saving || conflict !== null}>
                {saving ? 'Saving…' : base?.id ? 'Save new version' : 'Create schema'}
              </button>
            </GuxButtonSlot>
          </div>
        ) : null}
      </form>
      <section className="form-section" aria-labelledby="preview-title">
        <h2 id="preview-title" style={{ fontSize: 16, marginTop: 0 }}>
          Preview
        </h2>
        <p className="field-help">
          The custom fields a {entity} gets from this schema as edited now.
        </p>
        <SchemaPreview document={document} coreTypes={coreTypes} />
      </section>
      <ConfirmDialog
        open={blocker.status === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave and discard changes"
        cancelLabel="Stay on this page"
        danger
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>The changes you made to this schema have not been saved.</p>
      </ConfirmDialog>
    </div>
  );
}
