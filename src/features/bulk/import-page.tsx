import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, Navigate, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useMemo, useState } from 'react';
import { invalidateLists, invalidateResource } from '@/api/resource-keys';
import { usePhoneCountrySetting } from '@/app/phone-country-setting';
import { useServices } from '@/app/services';
import { useMe, usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { phoneCountry as phoneCountryOf } from '@/models/phone-countries';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { ColumnMappingFields } from './column-mapping';
import { FileDrop } from './file-drop';
import { autoMap, mappingProblems } from './header-mapping';
import {
  IMPORT_ENTITIES,
  importKind,
  type ImportEntity,
  type ImportedRecord,
} from './import-entity';
import { ImportDivisionSelect } from './import-division-select';
import { externalIdMappingProblems, hasExternalIdColumn } from './import-external-id';
import { ImportExternalSourceSelect } from './import-external-source-select';
import { ImportSchemaSelect, useImportSchema } from './import-schema-select';
import { customFieldOptions } from './csv-custom-fields';
import {
  importContacts,
  type ImportProgress,
  type RowOutcome,
  type RowToSend,
} from './import-engine';
import { unguardCell } from './csv-cells';
import { ImportMatchingFields, MatchLookupStatus } from './import-matching';
import {
  countPlans,
  defaultMatchSettings,
  identitiesToLookUp,
  planImport,
  type MatchSettings,
  type PlanKind,
  type RowPlan,
} from './import-plan';
import { ImportPlanPreview } from './import-plan-preview';
import { ImportProblems } from './import-problems';
import { ImportResults } from './import-results';
import type { CheckedRow } from './import-rows';
import { createImportChecker, type ImportChecker } from './import-check-client';
import type { ParsedSummary } from './import-check-protocol';
import { ImportJobStep } from './import-job-step';
import { ImportJobsPanel } from './import-jobs-panel';
import { useImportCheck } from './use-import-check';
import { rowDecision, updateContacts, type RowToUpdate } from './import-updates';
import { lookUpIdentities, type LookupProgress } from './match-lookups';
import { checkFile, MAX_BROWSER_ROWS, MAX_IMPORT_BYTES } from './parse-csv';
import { ProgressStatus } from './progress-status';
import './bulk.css';

interface ImportSession {
  entity: ImportEntity;
  fileName: string;
  /** The Web Worker holding the parsed file. */
  checker: ImportChecker;
  parsed: ParsedSummary;
  /** Small files are sent from the tab row by row; large ones go to a Genesys import job. */
  path: 'browser' | 'job';
  mapping: string[];
  divisionId: string;
  /** The source of the External id column's ids; '' until chosen. */
  externalSourceId: string;
  /** The custom-field schema picked; null = the one the file names (useImportSchema). */
  schemaId: string | null;
  matchSettings: MatchSettings;
  /** Stored records found per identity; kept across setting changes, so each is looked up once. */
  matches: Map<string, ImportedRecord | null>;
  outcomes: ReadonlyMap<number, RowOutcome>;
  /** Records this import created, so a look-up after a lost answer never takes one twice. */
  claimed: Set<string>;
}

/**
 * The import in progress outlives the page: opening an imported record from the results and
 * coming back shows the same file and results (until the tab is closed or another file chosen),
 * one per kind, so switching between contacts and organizations loses neither.
 * It is tied to the user who made it, so someone signing in next in the same tab never sees it.
 */
let keptSessions: {
  userId: string;
  sessions: Partial<Record<ImportEntity, ImportSession | null>>;
} | null = null;

const routeApi = getRouteApi('/_app/import');

const count = new Intl.NumberFormat();
const rowsNoun = (n: number) => `${count.format(n)} row${n === 1 ? '' : 's'}`;

/** The CSV column keys a row filled: what an update may write. */
const phoneCountryName = (code: string) => phoneCountryOf(code)?.name ?? code;

function importLabel(creates: number, updates: number, entity: ImportEntity): string {
  const { noun, plural } = importKind(entity);
  const parts = [
    creates > 0 ? `create ${count.format(creates)} ${creates === 1 ? noun : plural}` : '',
    updates > 0 ? `update ${count.format(updates)}` : '',
  ].filter(Boolean);
  return `Import: ${parts.join(', ')}`;
}

function planSummary(counts: Record<PlanKind, number>): string {
  const parts = [
    `${count.format(counts.new)} new`,
    `${count.format(counts.update)} to update`,
    counts.unchanged ? `${count.format(counts.unchanged)} already up to date` : '',
    counts.skip ? `${count.format(counts.skip)} skipped as already stored` : '',
    counts.duplicate
      ? `${count.format(counts.duplicate)} duplicate${counts.duplicate === 1 ? '' : 's'} within the file`
      : '',
    `${count.format(counts.problem)} with problems (skipped)`,
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}

function givenColumns(row: CheckedRow, mapping: readonly string[]): Set<string> {
  return new Set(
    mapping.filter((key, index) => key !== '' && unguardCell(row.cells[index] ?? '').trim()),
  );
}

export function ImportPage() {
  const { entity } = routeApi.useSearch();
  const { can } = usePermissions();
  const allowed = can(
    ...(entity === 'organizations' ? PERMISSIONS.organization.add : PERMISSIONS.contact.add),
  );
  if (!allowed) {
    const other = entity === 'organizations' ? 'contacts' : 'organizations';
    // Someone who may import only the other kind (an organizations steward) lands on it.
    if (
      can(...(other === 'organizations' ? PERMISSIONS.organization.add : PERMISSIONS.contact.add))
    ) {
      return <Navigate to="/import" search={{ entity: other }} replace />;
    }
    return (
      <NotAllowed
        action={`import ${importKind(entity).plural}`}
        back={
          <Link to="/import" search={{ entity: other }}>
            Import {other} instead
          </Link>
        }
      />
    );
  }
  // A kind of its own: switching kinds shows that kind's import (kept apart in keptSessions).
  return <ImportRecords key={entity} entity={entity} />;
}

/** What the page imports, at the top: a link each, so the choice is in the URL. */
function ImportEntityChoice({ entity, disabled }: { entity: ImportEntity; disabled: boolean }) {
  const navigate = useNavigate({ from: '/import' });
  return (
    // The outcome filter's look: a row of radios.
    <fieldset className="import-outcome-filter">
      <legend>What to import</legend>
      {IMPORT_ENTITIES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="import-entity"
            value={option}
            checked={entity === option}
            disabled={disabled}
            onChange={() => void navigate({ search: { entity: option } })}
          />
          {option === 'contacts' ? 'Contacts' : 'Organizations'}
        </label>
      ))}
    </fieldset>
  );
}

function ImportRecords({ entity }: { entity: ImportEntity }) {
  const kind = importKind(entity);
  const { api } = useServices();
  const queryClient = useQueryClient();
  const me = useMe();
  const { can } = usePermissions();
  const canListJobs = can(...PERMISSIONS.importJob.list);
  const [session, setSession] = useState<ImportSession | null>(() =>
    keptSessions?.userId === me.id ? (keptSessions.sessions[entity] ?? null) : null,
  );
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [lookupProgress, setLookupProgress] = useState<LookupProgress | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  // Bumped when lookups store answers: the plan is read from the session's (mutable) map.
  const [lookupRound, setLookupRound] = useState(0);
  useEffect(() => {
    const sessions = keptSessions?.userId === me.id ? keptSessions.sessions : {};
    keptSessions = { userId: me.id, sessions: { ...sessions, [entity]: session } };
  }, [session, me.id, entity]);

  const mapping = session?.mapping;
  const phoneCountry = usePhoneCountrySetting();
  const [reading, setReading] = useState(false);
  const [startedJobId, setStartedJobId] = useState<string | undefined>(undefined);
  const imported = useImportSchema(
    kind.schemaKind,
    session?.schemaId ?? null,
    session?.mapping ?? [],
    session?.parsed.sample ?? [],
  );
  const schema = imported.schema;
  // Custom-field columns wait for the schemas, so no row is checked without its schema.
  const schemaPending = imported.wanted && imported.schemas.canView && imported.schemas.loading;
  const problems = session
    ? [
        ...mappingProblems(session.mapping, schema, entity),
        ...externalIdMappingProblems(session.mapping, session.externalSourceId),
      ]
    : [];
  const mappingOk = session ? problems.length === 0 && !schemaPending : false;
  const check = useImportCheck(
    session?.checker,
    mapping,
    phoneCountry,
    schema,
    session?.path === 'browser',
    mappingOk,
    entity,
    session?.externalSourceId ?? '',
  );
  const checked = useMemo(() => check.summary?.rows ?? [], [check.summary]);
  const matchSettings = session?.matchSettings ?? defaultMatchSettings(entity);
  const matches = session?.matches;
  const toLookUp = useMemo(
    () => (matches ? identitiesToLookUp(checked, matchSettings, matches) : []),
    // lookupRound: the map changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [checked, matchSettings, matches, lookupRound],
  );
  const planned =
    session?.path === 'browser' &&
    check.summary !== null &&
    toLookUp.length === 0 &&
    problems.length === 0;
  const plans = useMemo(
    () =>
      planned && matches && mapping
        ? planImport(
            checked,
            matchSettings,
            matches,
            (row) => givenColumns(row, mapping),
            schema,
            entity,
          )
        : new Map<number, RowPlan>(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planned, checked, matchSettings, matches, mapping, lookupRound, schema, entity],
  );
  const counts = planned ? countPlans(plans) : null;

  // Lookups start on their own once the mapping holds and go on while the step is on screen.
  const lookingUp = toLookUp.length > 0 && problems.length === 0 && !lookupError;
  const lookupShown = lookingUp ? (lookupProgress ?? { done: 0, total: toLookUp.length }) : null;
  useEffect(() => {
    if (!matches || toLookUp.length === 0 || problems.length > 0 || lookupError) return;
    if (session?.path !== 'browser') return;
    const controller = new AbortController();
    lookUpIdentities(api, toLookUp, matches, {
      signal: controller.signal,
      onProgress: setLookupProgress,
    })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setLookupError(error instanceof Error ? error.message : String(error));
        }
      })
      .finally(() => {
        if (controller.signal.aborted) return;
        setLookupProgress(null);
        setLookupRound((round) => round + 1);
      });
    return () => {
      controller.abort();
      setLookupProgress(null);
    };
    // problems.length: a string list rebuilt each render; its length says what matters.
  }, [api, matches, toLookUp, problems.length, lookupError, session?.path]);

  const running = progress !== null;
  const outcomes = session?.outcomes ?? new Map<number, RowOutcome>();
  const started = outcomes.size > 0;
  const toCreate = checked.filter(
    (row) => plans.get(row.rowNumber)?.kind === 'new' && !outcomes.has(row.rowNumber),
  );
  const toUpdate = checked.filter(
    (row) => plans.get(row.rowNumber)?.kind === 'update' && !outcomes.has(row.rowNumber),
  );
  const failed = checked.filter((row) => outcomes.get(row.rowNumber)?.status === 'failed');
  const createdCount = [...outcomes.values()].filter((o) => o.status === 'created').length;
  const updatedCount = [...outcomes.values()].filter((o) => o.status === 'updated').length;

  const chooseFile = async (file: File) => {
    const refusal = checkFile(file);
    if (refusal) {
      setFileError(refusal);
      return;
    }
    setReading(true);
    setFileError(null);
    const checker = createImportChecker();
    try {
      const parsed = await checker.parse(file);
      if (entity === 'organizations' && parsed.rowCount > MAX_BROWSER_ROWS) {
        checker.stop();
        setFileError(
          `“${file.name}” has ${rowsNoun(parsed.rowCount)}: organizations are imported from this page, up to ${count.format(MAX_BROWSER_ROWS)} rows a file (Genesys’ import jobs take contacts only). Split the file and import each part.`,
        );
        return;
      }
      session?.checker.stop();
      setRunError(null);
      setLookupError(null);
      setStartedJobId(undefined);
      const path = parsed.rowCount > MAX_BROWSER_ROWS ? 'job' : 'browser';
      const previous = session?.matchSettings ?? defaultMatchSettings(entity);
      setSession({
        entity,
        fileName: file.name,
        checker,
        parsed,
        path,
        mapping: [...autoMap(parsed.headers, entity)],
        divisionId: session?.divisionId ?? '',
        // The same CRM's next file comes from the same source.
        externalSourceId: session?.externalSourceId ?? '',
        schemaId: null,
        // Genesys' jobs cannot fill only empty fields: a large file starts from "skip".
        matchSettings:
          path === 'job' && previous.action === 'fill' ? { ...previous, action: 'skip' } : previous,
        // A new file is looked up afresh: an earlier import may have stored its rows since.
        matches: new Map(),
        outcomes: new Map(),
        claimed: new Set(),
      });
    } catch (error) {
      checker.stop();
      setFileError(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
  };

  const record = (chunkOutcomes: ReadonlyMap<number, RowOutcome>) =>
    setSession((current) =>
      current
        ? { ...current, outcomes: new Map([...current.outcomes, ...chunkOutcomes]) }
        : current,
    );

  const send = async (creates: RowToSend[], updates: RowToUpdate[]) => {
    if (!session || creates.length + updates.length === 0) return;
    setRunError(null);
    const total = creates.length + updates.length;
    setProgress({ done: 0, total });
    try {
      const created = await importContacts({
        api,
        rows: creates,
        divisionId: session.divisionId,
        claimed: session.claimed,
        entity,
        onOutcomes: (chunkOutcomes, at) => {
          record(chunkOutcomes);
          setProgress({ done: at.done, total });
        },
      });
      await updateContacts({
        api,
        entity,
        rows: updates,
        onOutcomes: (chunkOutcomes, at) => {
          record(chunkOutcomes);
          setProgress({ done: created.size + at.done, total });
        },
      });
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
      // Updated contacts' pages are stale too, not only the lists.
      if (updates.length > 0) invalidateResource(queryClient, entity);
      else invalidateLists(queryClient, entity);
    }
  };

  const createOf = (row: CheckedRow): RowToSend => {
    const outcome = outcomes.get(row.rowNumber);
    return {
      rowNumber: row.rowNumber,
      body: row.body!,
      uncertainSince: outcome?.status === 'failed' ? outcome.uncertainSince : undefined,
    };
  };
  const updateOf = (row: CheckedRow): RowToUpdate[] => {
    const plan = plans.get(row.rowNumber);
    const mode = matchSettings.action;
    if (
      plan?.kind !== 'update' ||
      !row.body ||
      !mapping ||
      (mode !== 'fill' && mode !== 'overwrite')
    ) {
      return [];
    }
    const outcome = outcomes.get(row.rowNumber);
    return [
      {
        rowNumber: row.rowNumber,
        contactId: plan.record.id,
        // Applied to the record as read right before the write, not as looked up for the preview.
        decide: rowDecision(row.body, givenColumns(row, mapping), mode, schema, entity),
        uncertain: outcome?.status === 'failed' && outcome.uncertainSince !== undefined,
      },
    ];
  };

  const update = (change: Partial<ImportSession>) =>
    setSession((current) => (current ? { ...current, ...change } : current));

  return (
    <div className="page">
      <PageHeader title={`Import ${kind.plural}`}>
        {entity === 'organizations' ? (
          <p className="muted">
            Create or update organizations from a CSV file, checked against the same rules as the
            organization form before anything is sent. Organizations are matched and sent from this
            page, row by row, up to {count.format(MAX_BROWSER_ROWS)} rows a file: Genesys’ import
            jobs take contacts only, so split a larger file. A file exported from{' '}
            <Link to="/export">Export</Link> can be imported as it is.
          </p>
        ) : (
          <p className="muted">
            Create or update contacts from a CSV file of up to {MAX_IMPORT_BYTES / 1024 / 1024} MB,
            checked against the same rules as the contact form before anything is sent. Up to{' '}
            {count.format(MAX_BROWSER_ROWS)} rows are matched and sent from this page, row by row;
            larger files become a Genesys import job. A file exported from{' '}
            <Link to="/export">Export</Link> can be imported as it is.
          </p>
        )}
      </PageHeader>
      <ImportEntityChoice entity={entity} disabled={running} />
      <div className="bulk-steps">
        <section className="bulk-step" aria-labelledby="import-file">
          <h2 id="import-file">1. Choose the file</h2>
          <FileDrop onFile={(file) => void chooseFile(file)} />
          {reading ? <p role="status">Reading the file…</p> : null}
          {fileError ? (
            <GuxInlineAlert accent="error">
              <div role="alert">{fileError}</div>
            </GuxInlineAlert>
          ) : null}
          {session ? (
            <p>
              <strong>{session.fileName}</strong>: {rowsNoun(session.parsed.rowCount)},{' '}
              {session.parsed.headers.length} columns.
              {session.path === 'job'
                ? ' More than a thousand rows: they will be imported by a Genesys import job.'
                : ''}
            </p>
          ) : null}
        </section>

        {session ? (
          <section className="bulk-step" aria-labelledby="import-mapping">
            <h2 id="import-mapping">2. Match the columns and choose the division</h2>
            {session.mapping.every((key) => key === '') ? (
              <GuxInlineAlert accent="warning">
                <div role="status">
                  None of the first row’s cells names {kind.noun === 'organization' ? 'an' : 'a'}{' '}
                  {kind.noun} field: is the header row missing? Add one to the file, or choose a
                  field for each column below.
                </div>
              </GuxInlineAlert>
            ) : null}
            <ImportSchemaSelect
              imported={imported}
              value={imported.id}
              disabled={running || started}
              onChange={(schemaId) => update({ schemaId })}
            />
            <ColumnMappingFields
              headers={session.parsed.headers}
              mapping={session.mapping}
              disabled={running || started}
              onChange={(mapping) => update({ mapping })}
              customFields={schema ? customFieldOptions(schema.document) : []}
              entity={entity}
            />
            {hasExternalIdColumn(session.mapping) ? (
              <ImportExternalSourceSelect
                value={session.externalSourceId}
                disabled={running || started}
                onChange={(externalSourceId) => update({ externalSourceId })}
              />
            ) : null}
            <ImportDivisionSelect
              entity={entity}
              value={session.divisionId}
              disabled={running || started}
              onChange={(divisionId) => update({ divisionId })}
            />
            <p className="muted">
              Phones without a + and country code, in rows with no phone country, are read as{' '}
              {phoneCountryName(phoneCountry)} numbers (<Link to="/settings">Settings</Link>).
            </p>
            {problems.length > 0 ? (
              <GuxInlineAlert accent="error">
                <div role="alert">
                  {problems.map((problem) => (
                    <p key={problem}>{problem}</p>
                  ))}
                </div>
              </GuxInlineAlert>
            ) : null}
          </section>
        ) : null}

        {session && problems.length === 0 ? (
          <section className="bulk-step" aria-labelledby="import-matching">
            <h2 id="import-matching">3. Rows already stored</h2>
            <ImportMatchingFields
              settings={session.matchSettings}
              jobPath={session.path === 'job'}
              externalIdMapped={hasExternalIdColumn(session.mapping)}
              disabled={running || started}
              onChange={(matchSettings) => update({ matchSettings })}
              entity={entity}
            />
            <MatchLookupStatus
              entity={entity}
              progress={lookupShown}
              error={lookupError}
              onRetry={() => setLookupError(null)}
            />
          </section>
        ) : null}

        {session && problems.length === 0 && session.path === 'job' ? (
          <section className="bulk-step" aria-labelledby="import-check">
            <h2 id="import-check">4. Check and start the import job</h2>
            <CheckStatus check={check} />
            <ImportJobStep
              job={{
                checker: session.checker,
                fileName: session.fileName,
                mapping: session.mapping,
                phoneCountry,
                schema,
                divisionId: session.divisionId,
                match: session.matchSettings,
                externalSourceId: session.externalSourceId,
              }}
              summary={check.summary}
              onStarted={setStartedJobId}
            />
          </section>
        ) : null}

        {session && problems.length === 0 && session.path === 'browser' ? (
          <section className="bulk-step" aria-labelledby="import-check">
            <h2 id="import-check">4. Check and import</h2>
            <CheckStatus check={check} />
            <p role="status">
              {counts
                ? planSummary(counts)
                : lookingUp
                  ? `Looking for stored ${kind.plural} before the rows can be planned…`
                  : check.summary
                    ? 'Waiting for the check against stored contacts.'
                    : 'Checking every row…'}
            </p>
            <ImportPlanPreview
              rows={checked}
              plans={plans}
              counts={counts}
              headers={session.parsed.headers}
              mapping={session.mapping}
              entity={entity}
            />
            <ImportProblems
              problems={check.summary?.problems ?? []}
              problemRowCount={check.summary?.problemRowCount ?? 0}
            />
            <div className="bulk-actions">
              {toCreate.length + toUpdate.length > 0 ? (
                <GuxButtonSlot accent="primary">
                  <button
                    type="button"
                    disabled={running || (toCreate.length > 0 && session.divisionId === '')}
                    onClick={() => void send(toCreate.map(createOf), toUpdate.flatMap(updateOf))}
                  >
                    {importLabel(toCreate.length, toUpdate.length, entity)}
                  </button>
                </GuxButtonSlot>
              ) : counts && !started ? (
                <p>Nothing to import: no row is new or changes a stored {kind.noun}.</p>
              ) : null}
              {toCreate.length > 0 && session.divisionId === '' ? (
                <p className="muted">Choose the division new {kind.plural} go to (step 2).</p>
              ) : null}
              {failed.length > 0 ? (
                <GuxButtonSlot accent="secondary">
                  <button
                    type="button"
                    disabled={running}
                    onClick={() =>
                      void send(
                        failed
                          .filter((row) => plans.get(row.rowNumber)?.kind !== 'update')
                          .map(createOf),
                        failed.flatMap(updateOf),
                      )
                    }
                  >
                    Retry failed rows ({count.format(failed.length)})
                  </button>
                </GuxButtonSlot>
              ) : null}
            </div>
            <ProgressStatus
              label="Import progress"
              progress={progress}
              ended={
                started ? (
                  <p>
                    {count.format(createdCount)} created, {count.format(updatedCount)} updated,{' '}
                    {count.format(failed.length)} failed.
                  </p>
                ) : null
              }
            >
              Sent {count.format(progress?.done ?? 0)} of {rowsNoun(progress?.total ?? 0)}…
            </ProgressStatus>
            {runError ? (
              <GuxInlineAlert accent="error">
                <div role="alert">The import stopped: {runError}</div>
              </GuxInlineAlert>
            ) : null}
            <ImportResults rows={checked} outcomes={outcomes} entity={entity} />
          </section>
        ) : null}
        {canListJobs && entity === 'contacts' ? (
          <ImportJobsPanel startedJobId={startedJobId} />
        ) : null}
      </div>
    </div>
  );
}

/** The worker's check while it runs (a large file takes seconds), or why it stopped. */
function CheckStatus({ check }: { check: ReturnType<typeof useImportCheck> }) {
  if (check.error) {
    return (
      <GuxInlineAlert accent="error">
        <div role="alert">
          <p>The rows could not be checked: {check.error}</p>
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={check.retry}>
              Check again
            </button>
          </GuxButtonSlot>
        </div>
      </GuxInlineAlert>
    );
  }
  return (
    <ProgressStatus label="Checking rows" progress={check.progress}>
      Checking rows: {count.format(check.progress?.done ?? 0)} of{' '}
      {count.format(check.progress?.total ?? 0)}…
    </ProgressStatus>
  );
}
