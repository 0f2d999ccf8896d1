import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { DivisionSelect } from '@/features/divisions';
import { PERMISSIONS } from '@/models/permissions';
import { InlineSelect } from '@/ui/inline-select';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { contactsTable, exportFileName, organizationsTable, type CsvTable } from './export-csv';
import { divisionNames } from './division-names';
import { ExportPreview } from './export-preview';
import { scanContacts, scanOrganizations, type ExportKind, type ScanOptions } from './scan-export';
import './bulk.css';

/** What each kind reads and writes; its divisions are the ones the user may view it in. */
const KINDS = {
  contacts: {
    label: 'Contacts',
    permission: PERMISSIONS.contact.divisionView[0],
    read: async (options: ScanOptions, names: ReadonlyMap<string, string>) =>
      contactsTable(await scanContacts(options), names),
  },
  organizations: {
    label: 'Organizations',
    permission: PERMISSIONS.organization.divisionView[0],
    read: async (options: ScanOptions, names: ReadonlyMap<string, string>) =>
      organizationsTable(await scanOrganizations(options), names),
  },
} satisfies Record<ExportKind, unknown>;
const count = new Intl.NumberFormat();

type Run =
  | { state: 'idle' }
  | { state: 'reading'; read: number }
  | { state: 'done'; kind: ExportKind; table: CsvTable; fileName: string }
  | { state: 'cancelled'; read: number }
  | { state: 'failed'; read: number; message: string };

/**
 * Export every contact or organization of a division through the scan API (cursor pages of
 * 200), with progress and cancel, then the same preview and download as "Export selected".
 */
export function ExportPage() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const allowedKinds = (Object.keys(KINDS) as ExportKind[]).filter((option) =>
    can(KINDS[option].permission),
  );
  const [kind, setKind] = useState<ExportKind>(allowedKinds[0] ?? 'contacts');
  const [divisionId, setDivisionId] = useState<string | undefined>(undefined);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const noun = kind;

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    let read = 0;
    setRun({ state: 'reading', read });
    const options = {
      api,
      divisionId,
      signal: controller.signal,
      onProgress: (n: number) => {
        read = n;
        setRun({ state: 'reading', read: n });
      },
    };
    try {
      const { permission, read: readTable } = KINDS[kind];
      const table = await readTable(options, await divisionNames(queryClient, api, permission));
      setRun({ state: 'done', kind, table, fileName: exportFileName(kind) });
    } catch (error) {
      if (controller.signal.aborted) setRun({ state: 'cancelled', read });
      else {
        setRun({
          state: 'failed',
          read,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  if (allowedKinds.length === 0) {
    return (
      <NotAllowed
        action="export contacts or organizations"
        back={<Link to="/">Go to the console home</Link>}
      />
    );
  }

  const reading = run.state === 'reading';
  return (
    <div className="page">
      <PageHeader title="Export">
        <p className="muted">
          Every contact or organization of a division, read page by page (200 at a time) and saved
          as one CSV file. A contacts file can be imported again.
        </p>
      </PageHeader>
      <div className="bulk-steps">
        <form
          className="bulk-step bulk-actions"
          aria-label="What to export"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reading) void start();
          }}
        >
          <InlineSelect
            label="Export"
            value={kind}
            disabled={reading}
            onChange={(next) => {
              setKind(next as ExportKind);
              setRun({ state: 'idle' });
            }}
          >
            {allowedKinds.map((option) => (
              <option key={option} value={option}>
                {KINDS[option].label}
              </option>
            ))}
          </InlineSelect>
          <DivisionSelect
            permission={KINDS[kind].permission}
            value={divisionId}
            onChange={(id) => {
              setDivisionId(id);
              setRun({ state: 'idle' });
            }}
          />
          <GuxButtonSlot accent="primary">
            <button type="submit" disabled={reading}>
              Read {noun}
            </button>
          </GuxButtonSlot>
          {reading ? (
            <GuxButtonSlot accent="secondary">
              <button type="button" onClick={() => abort.current?.abort()}>
                Cancel
              </button>
            </GuxButtonSlot>
          ) : null}
        </form>
        <div aria-live="polite" className="bulk-progress">
          {reading ? (
            <>
              {/* No total: the scan does not say how many there are, so the bar is indeterminate. */}
              <progress aria-label={`Reading ${noun}`} />
              <p role="status">
                {count.format(run.read)} {noun} read…
              </p>
            </>
          ) : null}
          {run.state === 'cancelled' ? (
            <p role="status">
              Cancelled after {count.format(run.read)} {noun}. Nothing was saved.
            </p>
          ) : null}
        </div>
        {run.state === 'failed' ? (
          <GuxInlineAlert accent="error">
            <div role="alert">
              Reading stopped after {count.format(run.read)} {noun}: {run.message} Read them again
              to export.
            </div>
          </GuxInlineAlert>
        ) : null}
        {run.state === 'done' ? (
          run.table.rows.length === 0 ? (
            <p role="status">There are no {noun} in this division.</p>
          ) : (
            <section className="bulk-step" aria-label="Export preview">
              <p role="status">
                {count.format(run.table.rows.length)} {run.kind} read.
              </p>
              <ExportPreview table={run.table} noun={run.kind} fileName={run.fileName} />
            </section>
          )
        ) : null}
      </div>
    </div>
  );
}
