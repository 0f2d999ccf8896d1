import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import type { DataSchema, FieldProblem, JsonSchemaDocument } from '@/models/data-schema';
import { LeaveGuardDialog, useLeaveGuard } from '@/ui/forms/leave-guard';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
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
import './schema-editor.css';
import { DiffList } from './diff-list';
import { DraftCheckbox } from './draft-checkbox';
import { fieldOpenButtonId, FieldList, type FieldRowSummary } from './field-list';
import { FieldPanel } from './field-panel';
import { fieldKeyFromTitle } from './field-key';
import { parseJsonText, toJsonText, type JsonParseResult } from './json-text';
import { reapplyEdits } from './rebase';
import { snapshotOf } from './schema-history';
import {
  documentToDraft,
  draftToDocument,
  emptyField,
  fieldToDefinition,
  type SchemaDraft,
} from './schema-draft';
import { diffSchemas, type SchemaSnapshot } from './schema-diff';
import {
  draftProblems,
  errorList,
  problemPaths,
  schemaDraftSchema,
  type DraftCheckContext,
  type LocatedProblem,
} from './schema-draft-form';
import { SchemaPreview } from './schema-preview';
import { SchemaJsonView } from './schema-json-view';
import { SaveBar } from './save-bar';

const EMPTY_DOCUMENT: JsonSchemaDocument = { properties: {} };
/** What a schema not created yet is compared with: every field is an unsaved change. */
const EMPTY_SNAPSHOT: SchemaSnapshot = { name: '', enabled: true, jsonSchema: EMPTY_DOCUMENT };

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

/** Field problems under `fields.<index>.`, with paths relative to that field. */
const problemsOfField = (problems: LocatedProblem[], index: number): LocatedProblem[] => {
  const prefix = `fields.${index}.`;
  return problems
    .filter((problem) => problem.path.startsWith(prefix))
    .map((problem) => ({ ...problem, path: problem.path.slice(prefix.length) }));
};

/**
 * The visual + JSON editor of one schema (new when `schema` is absent). The draft is one
 * react-hook-form form (fields and enum values are field arrays); its zod schema runs the shared
 * document checks and puts each problem on the input it is about. The JSON view is made from the
 * form values and, while the JSON parses, writes back to them. Saving sends the version the
 * author started from; a 409 never overwrites (see the conflict section).
 */
export function SchemaEditor({
  entity,
  schema,
  readOnly,
  onDirtyChange,
}: {
  entity: SchemaEntity;
  schema?: DataSchema | undefined;
  readOnly: boolean;
  /** Told whenever the draft starts or stops differing from the saved version. */
  onDirtyChange?: (dirty: boolean) => void;
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
  const checks = useMemo<DraftCheckContext>(
    () => ({ coreTypes, limits, previous: base?.jsonSchema ?? null }),
    [coreTypes, limits, base],
  );
  // The resolver reads the newest limits and saved version without a new form.
  const checkContext = useRef(checks);
  useEffect(() => {
    checkContext.current = checks;
  }, [checks]);
  const [initialValues] = useState(() => initialDraft(schema));
  const methods = useForm<SchemaDraft>({
    defaultValues: initialValues,
    // Every problem of a path is kept (the field cards list them all).
    criteriaMode: 'all',
    resolver: (values, context, options) =>
      (zodResolver(schemaDraftSchema(checkContext.current)) as Resolver<SchemaDraft>)(
        values,
        context,
        options,
      ),
  });
  const {
    control,
    register,
    getValues,
    setValue,
    reset,
    trigger,
    formState: { errors },
  } = methods;
  const fieldRows = useFieldArray({ control, name: 'fields' });
  const draft = useWatch({ control }) as SchemaDraft;

  const [view, setView] = useState<'visual' | 'json'>('visual');
  const [jsonText, setJsonText] = useState('');
  const [jsonParse, setJsonParse] = useState<JsonParseResult>({ ok: true, value: null });
  const [attempted, setAttempted] = useState(false);
  // What the last action said besides a failed save: a saved version, reapplied edits, bad JSON.
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  // The server's problems, with the document they were about: an edit of the document hides them.
  const [server, setServer] = useState<{ document: string; problems: FieldProblem[] }>({
    document: '',
    problems: [],
  });
  const [conflict, setConflict] = useState<DataSchema | null>(null);
  // The field open in the side panel (its draft uid, stable while fields move).
  const [openUid, setOpenUid] = useState<string | null>(null);
  const formId = useId();
  const panelId = useId();
  const addButtonId = useId();
  // Set just before leaving for the new schema's page, which renders before state settles.
  const leaving = useRef(false);

  const document = useMemo(() => draftToDocument(draft), [draft]);
  const documentText = JSON.stringify(document);
  const serverProblems = useMemo(
    () => (server.document === documentText ? server.problems : []),
    [server, documentText],
  );
  const schemaDescription = draft.description;

  // The checks run on every change (as the author types, the counts and messages follow), not
  // only on submit: the resolver puts each problem on its path in formState.errors.
  useEffect(() => {
    void trigger();
  }, [draft, checks, trigger]);

  // Read on every render: react-hook-form may update its errors object in place.
  const located = errorList(errors);
  for (const problem of serverProblems) {
    for (const path of problemPaths(problem.fieldName, draft)) {
      located.push({ path, message: problem.message });
    }
  }
  const messageAt = (path: string) => located.find((problem) => problem.path === path)?.message;

  const savedDraftDocument = useMemo(() => draftToDocument(initialDraft(base)), [base]);
  const savedDocument = useMemo(() => JSON.stringify(savedDraftDocument), [savedDraftDocument]);
  const savedName = (base?.name ?? '').trim();
  const savedEnabled = base ? base.enabled !== false : true;
  const mine = { name: draft.name.trim(), enabled: draft.enabled, jsonSchema: document };
  // Both sides go through draftToDocument, so the key order of the stored document never counts.
  const dirty =
    mine.name !== savedName || mine.enabled !== savedEnabled || documentText !== savedDocument;
  const leaveGuard = useLeaveGuard(() => dirty && !readOnly && !leaving.current);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

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

  // Problems no input shows: the field list's, the document's.
  const otherProblems = located.filter(
    (problem) =>
      problem.path !== 'name' &&
      problem.path !== 'description' &&
      !/^fields\.\d+\./.test(problem.path),
  );

  const addField = () => {
    const field = emptyField('text');
    field.key = fieldKeyFromTitle(
      'field',
      'text',
      new Set(getValues('fields').map((f) => f.key)),
      limits?.maxFieldNameCharacters,
    );
    fieldRows.append(field, { shouldFocus: false });
    // The new field opens in the panel, which focuses its title.
    setOpenUid(field.uid);
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
      const next = documentToDraft(
        getValues('name'),
        getValues('enabled'),
        value as JsonSchemaDocument,
        locked,
      );
      setValue('description', next.description);
      setValue('documentExtra', next.documentExtra);
      fieldRows.replace(next.fields);
    }
    setJsonParse(parsed);
  };

  const problemCount = useMemo(() => draftProblems(draft, checks).length, [draft, checks]);
  const {
    onSubmit: submitDraft,
    failure,
    clearFailure,
    pending: saving,
  } = useFormSave({
    form: methods,
    save: async (values: SchemaDraft) => {
      if (readOnly) return;
      setServer({ document: '', problems: [] });
      const jsonSchema = draftToDocument(values);
      let saved: DataSchema;
      try {
        const body = { name: values.name.trim(), enabled: values.enabled, jsonSchema };
        saved = base?.id
          ? await update.mutateAsync({ ...body, version: base.version ?? 1 })
          : await create.mutateAsync(body);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && base?.id) {
          setConflict(await fetchLatestSchema(api, entity, base.id).catch(() => null));
          throw new Error(
            'Someone else saved a newer version while you were editing. Nothing was overwritten: your edits are still here.',
          );
        }
        if (!(error instanceof ApiError)) throw new Error('The schema could not be saved.');
        // The problems are placed by path on the draft they were about (see serverProblems).
        setServer({
          document: JSON.stringify(jsonSchema),
          problems: error.details.flatMap((detail) =>
            detail.fieldName ? [{ fieldName: detail.fieldName, message: error.message }] : [],
          ),
        });
        throw error;
      }
      setBase(saved);
      reset(initialDraft(saved));
      if (view === 'json') {
        setJsonText(toJsonText(saved.jsonSchema));
        setJsonParse({ ok: true, value: saved.jsonSchema });
      }
      setNotice({ tone: 'success', text: `Saved version ${saved.version ?? 1}.` });
      if (!base?.id && saved.id) {
        leaving.current = true;
        await navigate({
          to: '/schemas/$entity/$schemaId',
          params: { entity: ENTITY_SEGMENT[entity], schemaId: saved.id },
        });
      }
    },
    fallbackMessage: 'The schema could not be saved.',
    invalidMessage: `The schema has ${problemCount} problem${problemCount === 1 ? '' : 's'}: see the messages next to the fields.`,
  });

  const reapply = () => {
    if (!conflict || !base) return;
    const merged = reapplyEdits(snapshotOf(base), mine, snapshotOf(conflict));
    const locked = new Set(Object.keys(conflict.jsonSchema.properties));
    setBase(conflict);
    reset(documentToDraft(merged.name, merged.enabled, merged.jsonSchema, locked));
    if (view === 'json') {
      setJsonText(toJsonText(merged.jsonSchema));
      setJsonParse({ ok: true, value: merged.jsonSchema });
    }
    setConflict(null);
    clearFailure();
    setNotice({
      tone: 'success',
      text: `Your edits were reapplied on top of version ${conflict.version ?? '?'}. Review them and save again.`,
    });
  };
  const discardMine = () => {
    if (!conflict) return;
    setBase(conflict);
    reset(initialDraft(conflict));
    setConflict(null);
    clearFailure();
    setNotice(null);
    setView('visual');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || readOnly) return;
    setAttempted(true);
    setNotice(null);
    if (view === 'json' && !jsonParse.ok) {
      clearFailure();
      setNotice({ tone: 'error', text: 'The JSON cannot be read: fix it before saving.' });
      return;
    }
    submitDraft(event);
  };

  const savedFields = savedDraftDocument.properties;
  const savedRequired = new Set(savedDraftDocument.required ?? []);
  const visibleProblemsOf = (index: number): LocatedProblem[] => {
    const field = draft.fields[index];
    if (!field || (!attempted && field.title === '')) return [];
    const problems = problemsOfField(located, index);
    // An untouched empty enum value is not a mistake yet (see EnumValuesEditor).
    return attempted
      ? problems
      : problems.filter((problem) => !problem.message.includes('the value ""'));
  };
  const rows: FieldRowSummary[] = draft.fields.map((field, index) => {
    const saved = Object.hasOwn(savedFields, field.key) ? savedFields[field.key] : undefined;
    const unchanged =
      saved !== undefined &&
      JSON.stringify(fieldToDefinition(field)) === JSON.stringify(saved) &&
      field.required === savedRequired.has(field.key);
    return {
      id: field.uid,
      title: field.title,
      key: field.key,
      coreType: field.coreType,
      required: field.required,
      status: !field.keyLocked ? 'new' : unchanged ? 'saved' : 'edited',
      problems: visibleProblemsOf(index).length,
    };
  });
  const openIndex = openUid === null ? -1 : draft.fields.findIndex((f) => f.uid === openUid);
  const openField = openIndex === -1 ? undefined : draft.fields[openIndex];
  const changes = diffSchemas(base ? snapshotOf(base) : EMPTY_SNAPSHOT, mine);

  const focusSoon = (id: string) =>
    window.setTimeout(() => window.document.getElementById(id)?.focus(), 0);
  const closePanel = () => {
    if (openUid !== null) focusSoon(fieldOpenButtonId(openUid));
    setOpenUid(null);
  };
  const removeOpenField = () => {
    if (openIndex === -1) return;
    const next = draft.fields[openIndex + 1] ?? draft.fields[openIndex - 1];
    fieldRows.remove(openIndex);
    setOpenUid(null);
    focusSoon(next ? fieldOpenButtonId(next.uid) : addButtonId);
  };
  const discard = () => {
    reset(initialDraft(base));
    setOpenUid(null);
    setAttempted(false);
    setNotice(null);
    clearFailure();
    if (view === 'json' && base) {
      setJsonText(toJsonText(base.jsonSchema));
      setJsonParse({ ok: true, value: base.jsonSchema });
    }
  };

  return (
    <FormProvider {...methods}>
      <div className="schema-editor">
        <SaveFailureAlert failure={failure} />
        {notice ? (
          <GuxInlineAlert accent={notice.tone === 'error' ? 'error' : 'success'}>
            <div role={notice.tone === 'error' ? 'alert' : 'status'}>{notice.text}</div>
          </GuxInlineAlert>
        ) : null}
        {conflict && base ? (
          <section className="schema-box" aria-labelledby="conflict-title">
            <h2 id="conflict-title">Version {conflict.version} was saved meanwhile</h2>
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

        <section className="schema-settings" aria-label="Schema settings">
          <PlainField
            label="Schema name"
            required
            error={
              attempted || (nameLeft !== undefined && nameLeft < 0)
                ? messageAt('name')
                : serverProblems.find((problem) => problem.fieldName === 'name')?.message
            }
            help={
              nameLeft !== undefined && nameLeft >= 0 ? `${nameLeft} characters left` : undefined
            }
          >
            {(props) => (
              <input
                type="text"
                form={formId}
                {...props}
                readOnly={readOnly}
                {...register('name')}
              />
            )}
          </PlainField>
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
                : attempted
                  ? messageAt('description')
                  : undefined
            }
          >
            {(props) => (
              <textarea rows={1} {...props} readOnly={readOnly} {...register('description')} />
            )}
          </PlainField>
          <div className="schema-enabled">
            <DraftCheckbox name="enabled" label="Enabled" disabled={readOnly} />
          </div>
          <p className="field-help">
            A disabled schema is no longer offered when{' '}
            {entity === 'contact' ? 'a contact' : 'an organization'} is created or edited; records
            that already use it keep their values, which stay shown and valid.{' '}
            {entity === 'organization'
              ? 'Organization schemas cannot be deleted (Genesys has no delete for them): disabling is how one is retired.'
              : 'Disabling is also how to retire a schema that contacts still use, which Genesys refuses to delete.'}
          </p>
        </section>

        <div className="schema-workbench">
          <form
            id={formId}
            onSubmit={onSubmit}
            noValidate
            aria-label="Schema"
            className="schema-box"
          >
            <div className="schema-box-head">
              <h2 id="fields-title">Fields ({draft.fields.length})</h2>
              {limits ? (
                <span className="muted" role="status">
                  {fieldsLeft !== undefined && fieldsLeft > 0
                    ? `${fieldsLeft} fields left (at most ${limits.maxNumberOfFieldsPerSchema} per schema, ${limits.maxNumberOfFieldsPerOrg} in the org).`
                    : `No fields left: a schema may have at most ${limits.maxNumberOfFieldsPerSchema} fields and the org ${limits.maxNumberOfFieldsPerOrg}.`}
                </span>
              ) : null}
              <span className="push view-switch" role="group" aria-label="Editor view">
                <GuxButtonSlot accent={view === 'visual' ? 'primary' : 'secondary'}>
                  <button
                    type="button"
                    aria-pressed={view === 'visual'}
                    disabled={view === 'json' && !jsonParse.ok}
                    onClick={() => setView('visual')}
                  >
                    Visual editor
                  </button>
                </GuxButtonSlot>
                <GuxButtonSlot accent={view === 'json' ? 'primary' : 'secondary'}>
                  <button
                    type="button"
                    aria-pressed={view === 'json'}
                    onClick={() => {
                      setOpenUid(null);
                      showJson();
                    }}
                  >
                    JSON
                  </button>
                </GuxButtonSlot>
              </span>
            </div>
            {view === 'json' && !jsonParse.ok ? (
              <p className="muted">Fix the JSON to go back to the visual editor.</p>
            ) : null}

            {view === 'visual' ? (
              <>
                {draft.fields.length === 0 ? (
                  <p className="muted">No fields yet.</p>
                ) : (
                  <>
                    {!readOnly ? (
                      <p className="list-hint">
                        Open a field to edit it. To reorder, drag a row by its handle (⠿), or focus
                        the handle and press Space, the arrow keys, then Space.
                      </p>
                    ) : null}
                    <FieldList
                      fields={rows}
                      openId={openField ? openUid : null}
                      panelId={panelId}
                      readOnly={readOnly}
                      onOpen={(index) => setOpenUid(draft.fields[index]?.uid ?? null)}
                      onMove={(from, to) => fieldRows.move(from, to)}
                    />
                  </>
                )}
                {!readOnly ? (
                  <div className="inline-actions">
                    <GuxButtonSlot accent="secondary">
                      <button
                        type="button"
                        id={addButtonId}
                        onClick={addField}
                        disabled={fieldsLeft !== undefined && fieldsLeft <= 0}
                      >
                        Add field
                      </button>
                    </GuxButtonSlot>
                  </div>
                ) : null}
                {attempted && otherProblems.length > 0 ? (
                  <ul className="json-problems" aria-label="Problems of the schema">
                    {otherProblems.map((problem, index) => (
                      <li key={index}>{problem.message}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <SchemaJsonView
                text={jsonText}
                parse={jsonParse}
                problems={[...draftProblems(draft, checks), ...serverProblems].filter(
                  (problem) => problem.fieldName !== 'name',
                )}
                readOnly={readOnly}
                onChange={onJsonChange}
              />
            )}
          </form>

          <div className="schema-side">
            {openField && view === 'visual' ? (
              <FieldPanel
                id={panelId}
                index={openIndex}
                fieldId={openField.uid}
                title={openField.title}
                saved={openField.keyLocked}
                entity={entity}
                readOnly={readOnly}
                attempted={attempted}
                coreTypes={coreTypes}
                limits={limits}
                problems={visibleProblemsOf(openIndex)}
                onClose={closePanel}
                onRemove={removeOpenField}
              />
            ) : null}
            <section className="schema-box" aria-labelledby="preview-title">
              <h2 id="preview-title">Preview</h2>
              <p className="field-help">
                The custom fields {entity === 'contact' ? 'a contact' : 'an organization'} gets from
                this schema as edited now.
              </p>
              <SchemaPreview document={document} coreTypes={coreTypes} />
            </section>
          </div>
        </div>

        {!readOnly ? (
          <SaveBar
            formId={formId}
            dirty={dirty}
            changes={changes}
            problems={problemCount}
            showProblems={attempted}
            currentVersion={base?.id ? (base.version ?? 1) : undefined}
            saving={saving}
            blocked={conflict !== null}
            onDiscard={discard}
          />
        ) : null}
        <LeaveGuardDialog guard={leaveGuard} what="this schema" />
      </div>
    </FormProvider>
  );
}
