import { useQueryClient } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useRef, useState } from 'react';
import { useServices } from '@/app/services';
import type { CheckSummary } from './import-check-protocol';
import { startImportJob, type ImportJobInput, type JobStartStep } from './import-job-start';
import { importJobsKey } from './import-jobs-panel';
import { ImportProblems } from './import-problems';
import './bulk.css';

const count = new Intl.NumberFormat();
const rowsOf = (n: number) => `${count.format(n)} row${n === 1 ? '' : 's'}`;

const STEP_TEXT: Record<JobStartStep, string> = {
  preparing: 'Preparing the rows that passed (phones in E.164)…',
  settings: 'Saving the column mapping and matching as Genesys import settings…',
  uploading: 'Uploading the file…',
  starting: 'Starting the import job…',
};

/** A large file's last step: what the checks found, then one Genesys import job for the rest. */
export function ImportJobStep({
  job,
  summary,
  onStarted,
}: {
  job: ImportJobInput;
  summary: CheckSummary | null;
  onStarted: (jobId: string) => void;
}) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<{ step: JobStartStep; done?: number; total?: number } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<{ jobId: string; rowCount: number } | null>(null);
  const running = useRef(false);

  const start = async () => {
    if (running.current) return;
    running.current = true;
    setError(null);
    try {
      const answer = await startImportJob({
        api,
        ...job,
        onStep: (next, progress) => setStep({ step: next, ...progress }),
      });
      setStarted(answer);
      onStarted(answer.jobId);
      await queryClient.invalidateQueries({ queryKey: importJobsKey });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      running.current = false;
      setStep(null);
    }
  };

  return (
    <>
      <p role="status">
        {summary
          ? `${rowsOf(summary.goodCount)} ready, ${count.format(summary.problemRowCount)} with problems (left out of the job).`
          : 'Checking every row…'}
      </p>
      {summary ? (
        <ImportProblems problems={summary.problems} problemRowCount={summary.problemRowCount} />
      ) : null}
      {started ? (
        <GuxInlineAlert accent="success">
          <div role="status">
            Import job started for {rowsOf(started.rowCount)}. Genesys Cloud goes on with it when
            this tab is closed; follow it under Import jobs below.
          </div>
        </GuxInlineAlert>
      ) : summary && summary.goodCount > 0 ? (
        <div className="bulk-actions">
          <GuxButtonSlot accent="primary">
            <button
              type="button"
              disabled={step !== null || job.divisionId === ''}
              onClick={() => void start()}
            >
              Start an import job for {rowsOf(summary.goodCount)}
            </button>
          </GuxButtonSlot>
          {job.divisionId === '' ? (
            <p className="muted">Choose the division new contacts go to (step 2).</p>
          ) : null}
        </div>
      ) : null}
      {step ? (
        <div className="bulk-progress" aria-live="polite">
          {step.total ? (
            <progress aria-label="Starting the import job" max={step.total} value={step.done} />
          ) : (
            <progress aria-label="Starting the import job" />
          )}
          <p>{STEP_TEXT[step.step]}</p>
        </div>
      ) : null}
      {error ? (
        <GuxInlineAlert accent="error">
          <div role="alert">The import job could not be started: {error}</div>
        </GuxInlineAlert>
      ) : null}
    </>
  );
}
