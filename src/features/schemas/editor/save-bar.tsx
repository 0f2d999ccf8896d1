import { GuxButtonSlot } from 'genesys-spark-components-react';
import { describeChange, type DiffChange } from './schema-diff';

/**
 * The editor's sticky footer: what is unsaved (each change readable in a disclosure), how many
 * problems stand in the way, and what pressing Save will do ("Saves version 4"). Its submit button
 * belongs to the editor's form by id, since the bar sits outside it (the preview, a form of its
 * own, is between them).
 */
export function SaveBar({
  formId,
  dirty,
  changes,
  problems,
  showProblems,
  currentVersion,
  saving,
  blocked,
  onDiscard,
}: {
  formId: string;
  dirty: boolean;
  changes: DiffChange[];
  problems: number;
  showProblems: boolean;
  /** The saved version edited; undefined for a schema not created yet. */
  currentVersion: number | undefined;
  saving: boolean;
  /** A conflict must be settled first. */
  blocked: boolean;
  onDiscard: () => void;
}) {
  const isNew = currentVersion === undefined;
  const unsaved = changes.length;
  const outcome = isNew ? 'Creates version 1' : `Saves version ${currentVersion + 1}`;
  return (
    <div className="save-bar" role="region" aria-label="Save">
      {dirty && unsaved === 0 ? <strong>Unsaved changes</strong> : null}
      {unsaved > 0 ? (
        <details>
          <summary>
            <strong>
              {unsaved} unsaved change{unsaved === 1 ? '' : 's'}
            </strong>
          </summary>
          <ul aria-label="Unsaved changes">
            {changes.map((change, index) => (
              <li key={index}>{describeChange(change)}</li>
            ))}
          </ul>
        </details>
      ) : dirty ? null : (
        <span className="muted">No unsaved changes</span>
      )}
      {showProblems && problems > 0 ? (
        <span className="problems">
          {problems} problem{problems === 1 ? '' : 's'} to fix first (marked in the list)
        </span>
      ) : null}
      <span className="push">
        <span>{dirty || isNew ? outcome : `Version ${currentVersion} is saved`}</span>
        {!isNew ? (
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={onDiscard} disabled={!dirty || saving}>
              Discard changes
            </button>
          </GuxButtonSlot>
        ) : null}
        <GuxButtonSlot accent="primary">
          <button type="submit" form={formId} disabled={saving || blocked || (!isNew && !dirty)}>
            {saving ? 'Saving…' : isNew ? 'Create schema' : 'Save new version'}
          </button>
        </GuxButtonSlot>
      </span>
    </div>
  );
}
