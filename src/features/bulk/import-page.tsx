import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useMemo, useState } from 'react';
import { invalidateLists } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import { useMe, usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { ColumnMappingFields } from './column-mapping';
import { FileDrop } from './file-drop';
import { autoMap, mappingProblems } from './header-mapping';
import { ImportDivisionSelect } from './import-division-select';
import {
  importContacts,
  type ImportProgress,
  type RowOutcome,
  type RowToSend,
} from './import-engine';
import { ImportProblems, ImportRowsPreview } from './import-problems';
import { ImportResults } from './import-results';
import { checkRecords } from './import-rows';
import { checkFile, MAX_IMPORT_ROWS, parseCsvText, type ParsedCsv } from './parse-csv';
import './bulk.css';

interface ImportSession {
  fileName: string;
  csv: ParsedCsv;
  mapping: string[];
  divisionId: string;
  outcomes: ReadonlyMap<number, RowOutcome>;
  /** Contacts this import created, so a look-up after a lost answer never takes one twice. */
  claimed: Set<string>;
}

/**
 * The import in progress outlives the page: opening an imported contact from the results and
 * coming back shows the same file and results (until the tab is closed or another file chosen).
 * It is tied to the user who made it, so someone signing in next in the same tab never sees it.
 */
let keptSession: { userId: string; session: ImportSession | null } | null = null;

const count = new Intl.NumberFormat();
const rowsNoun = (n: number) => `${count.format(n)} row${n === 1 ? '' : 's'}`;

export function ImportPage() {
  const { can } = usePermissions();
  if (!can(...PERMISSIONS.contact.add)) {
    return (
      <NotAllowed action="import contacts" back={<Link to="/contacts">Back to contacts</Link>} />
    );
  }
  return <ImportContacts />;
}

function ImportContacts() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const me = useMe();
  const [session, setSession] = useState<ImportSession | null>(() =>
    keptSession?.userId === me.id ? keptSession.session : null,
  );
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  useEffect(() => {
    keptSession = { userId: me.id, session };
  }, [session, me.id]);

  // Checking 5,000 rows takes a moment: only again when the file or the mapping changes, not
  // at each chunk's results.
  const csv = session?.csv;
  const mapping = session?.mapping;
  const checked = useMemo(
    () => (csv && mapping ? checkRecords(csv.records, csv.headers, mapping) : []),
    [csv, mapping],
  );
  const running = progress !== null;
  const outcomes = session?.outcomes ?? new Map<number, RowOutcome>();
  const started = outcomes.size > 0;
  const problems = session ? mappingProblems(session.mapping) : [];
  const ready = checked.filter((row) => row.body !== null && !outcomes.has(row.rowNumber));
  const failed = checked.filter((row) => outcomes.get(row.rowNumber)?.status === 'failed');
  const createdCount = [...outcomes.values()].filter((o) => o.status === 'created').length;

  const chooseFile = async (file: File) => {
    const refusal = checkFile(file);
    if (refusal) {
      setFileError(refusal);
      return;
    }
    const parsed = parseCsvText(await file.text(), `“${file.name}”`);
    if (!parsed.ok) {
      setFileError(parsed.message);
      return;
    }
    setFileError(null);
    setRunError(null);
    setSession({
      fileName: file.name,
      csv: parsed.csv,
      mapping: [...autoMap(parsed.csv.headers)],
      divisionId: session?.divisionId ?? '',
      outcomes: new Map(),
      claimed: new Set(),
    });
  };

  const send = async (rows: RowToSend[]) => {
    if (!session || rows.length === 0) return;
    setRunError(null);
    setProgress({ done: 0, total: rows.length });
    try {
      await importContacts({
        api,
        rows,
        divisionId: session.divisionId,
        claimed: session.claimed,
        onOutcomes: (chunkOutcomes, at) => {
          setSession((current) =>
            current
              ? { ...current, outcomes: new Map([...current.outcomes, ...chunkOutcomes]) }
              : current,
          );
          setProgress(at);
        },
      });
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
      invalidateLists(queryClient, 'contacts');
    }
  };

  const update = (change: Partial<ImportSession>) =>
    setSession((current) => (current ? { ...current, ...change } : current));

  return (
    <div className="page">
      <PageHeader title="Import contacts">
        <p className="muted">
          Create contacts from a CSV file: up to {count.format(MAX_IMPORT_ROWS)} rows, checked
          against the same rules as the contact form before anything is sent. A file exported from{' '}
          <Link to="/export">Export</Link> can be imported as it is.
        </p>
      </PageHeader>
      <div className="bulk-steps">
        <section className="bulk-step" aria-labelledby="import-file">
          <h2 id="import-file">1. Choose the file</h2>
          <FileDrop onFile={(file) => void chooseFile(file)} />
          {fileError ? (
            <GuxInlineAlert accent="error">
              <div role="alert">{fileError}</div>
            </GuxInlineAlert>
          ) : null}
          {session ? (
            <p>
              <strong>{session.fileName}</strong>: {rowsNoun(session.csv.records.length)},{' '}
              {session.csv.headers.length} columns.
            </p>
          ) : null}
        </section>

        {session ? (
          <section className="bulk-step" aria-labelledby="import-mapping">
            <h2 id="import-mapping">2. Match the columns and choose the division</h2>
            {session.mapping.every((key) => key === '') ? (
              <GuxInlineAlert accent="warning">
                <div role="status">
                  None of the first row’s cells names a contact field: is the header row missing?
                  Add one to the file, or choose a field for each column below.
                </div>
              </GuxInlineAlert>
            ) : null}
            <ColumnMappingFields
              headers={session.csv.headers}
              mapping={session.mapping}
              disabled={running || started}
              onChange={(mapping) => update({ mapping })}
            />
            <ImportDivisionSelect
              value={session.divisionId}
              disabled={running || started}
              onChange={(divisionId) => update({ divisionId })}
            />
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
          <section className="bulk-step" aria-labelledby="import-check">
            <h2 id="import-check">3. Check and import</h2>
            <p role="status">
              {rowsNoun(checked.filter((row) => row.body !== null).length)} ready,{' '}
              {rowsNoun(checked.filter((row) => row.body === null).length)} with problems (skipped).
            </p>
            <ImportRowsPreview
              rows={checked}
              headers={session.csv.headers}
              mapping={session.mapping}
            />
            <ImportProblems rows={checked} />
            <div className="bulk-actions">
              {ready.length > 0 ? (
                <GuxButtonSlot accent="primary">
                  <button
                    type="button"
                    disabled={running || session.divisionId === ''}
                    onClick={() =>
                      void send(ready.map((row) => ({ rowNumber: row.rowNumber, body: row.body! })))
                    }
                  >
                    Import {count.format(ready.length)} contact{ready.length === 1 ? '' : 's'}
                  </button>
                </GuxButtonSlot>
              ) : null}
              {failed.length > 0 ? (
                <GuxButtonSlot accent="secondary">
                  <button
                    type="button"
                    disabled={running}
                    onClick={() =>
                      void send(
                        failed.map((row) => {
                          const outcome = outcomes.get(row.rowNumber);
                          return {
                            rowNumber: row.rowNumber,
                            body: row.body!,
                            uncertainSince:
                              outcome?.status === 'failed' ? outcome.uncertainSince : undefined,
                          };
                        }),
                      )
                    }
                  >
                    Retry failed rows ({count.format(failed.length)})
                  </button>
                </GuxButtonSlot>
              ) : null}
            </div>
            <div className="bulk-progress" aria-live="polite">
              {progress ? (
                <>
                  <progress
                    aria-label="Import progress"
                    max={progress.total}
                    value={progress.done}
                  />
                  <p>
                    Sent {count.format(progress.done)} of {rowsNoun(progress.total)}…
                  </p>
                </>
              ) : started ? (
                <p>
                  {count.format(createdCount)} created, {count.format(failed.length)} failed.
                </p>
              ) : null}
            </div>
            {runError ? (
              <GuxInlineAlert accent="error">
                <div role="alert">The import stopped: {runError}</div>
              </GuxInlineAlert>
            ) : null}
            <ImportResults rows={checked} outcomes={outcomes} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
