import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useId } from 'react';
import { CheckboxField } from '@/ui/checkbox-field';
import { importKind, type ImportEntity } from './import-entity';
import { matchActions, type MatchAction, type MatchSettings } from './import-plan';
import type { LookupProgress } from './match-lookups';
import { MATCH_KEYS, type MatchKey } from './row-identities';
import { ProgressStatus } from './progress-status';
import './bulk.css';

const count = new Intl.NumberFormat();

/** What the keys do on this path, in a sentence or three. */
function keysHelp(jobPath: boolean, externalIdMapped: boolean): string {
  return [
    jobPath
      ? 'Rows are matched on these by Genesys Cloud while the job runs.'
      : 'A row’s emails, phones and external id are looked up in this order: the first that finds a contact wins.',
    !externalIdMapped
      ? 'External id needs a column mapped to it (step 2).'
      : jobPath
        ? 'A row whose external id a contact already holds (in the source chosen in step 2) is always matched to that contact: import settings choose only Email and Phone.'
        : '',
    jobPath && externalIdMapped
      ? ''
      : 'With none ticked every row is a new contact, even one already stored.',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * How rows are matched to stored records, as Genesys' import settings choose it: the keys, in
 * order, and what a matched row does. Changing them only looks up what is not known yet.
 * Organizations are matched by name alone, so only the action is chosen.
 */
export function ImportMatchingFields({
  settings,
  jobPath = false,
  externalIdMapped = false,
  disabled,
  onChange,
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  settings: MatchSettings;
  /** Genesys' import jobs match rows themselves and cannot fill only empty fields. */
  jobPath?: boolean;
  /** A column is mapped to External id: without one there is no id to match on. */
  externalIdMapped?: boolean;
  disabled: boolean;
  onChange: (settings: MatchSettings) => void;
}) {
  const actionsId = useId();
  const toggleKey = (key: MatchKey, on: boolean) =>
    onChange({
      ...settings,
      // Keys keep the order offered (email before phone), whatever order they were ticked in.
      keys: MATCH_KEYS.map((option) => option.key).filter((option) =>
        option === key ? on : settings.keys.includes(option),
      ),
    });
  const { noun } = importKind(entity);
  const byName = entity === 'organizations';
  /**
   * A job matches a row's external id whatever its settings say (they choose only Email and
   * Phone: import-job-start.ts), so there the box shows that and cannot be changed.
   */
  const keyState = (key: MatchKey) =>
    key !== 'externalId'
      ? { checked: settings.keys.includes(key), fixed: false }
      : {
          checked: externalIdMapped && (jobPath || settings.keys.includes(key)),
          fixed: jobPath || !externalIdMapped,
        };
  const matching =
    MATCH_KEYS.some((option) => keyState(option.key).checked) ||
    (byName && settings.keys.length > 0);
  return (
    <div className="import-matching">
      {byName ? (
        <p>
          Rows are matched to stored organizations by name: the same name, whatever its case (one
          search a row). Rows that repeat an earlier row’s name are skipped as duplicates of it.
        </p>
      ) : (
        <fieldset>
          <legend>Find rows already stored, by</legend>
          {MATCH_KEYS.map((option) => (
            <CheckboxField
              key={option.key}
              label={option.label}
              checked={keyState(option.key).checked}
              disabled={disabled || keyState(option.key).fixed}
              onChange={(event) => toggleKey(option.key, event.target.checked)}
            />
          ))}
          <p className="muted">{keysHelp(jobPath, externalIdMapped)}</p>
        </fieldset>
      )}
      {matching ? (
        <fieldset aria-describedby={`${actionsId}-help`}>
          <legend>When a row matches a stored {noun}</legend>
          {matchActions(entity)
            .filter((option) => !(jobPath && option.action === 'fill'))
            .map((option) => (
              <label key={option.action} className="import-matching-action">
                <input
                  type="radio"
                  name={`${actionsId}-action`}
                  value={option.action}
                  checked={settings.action === option.action}
                  disabled={disabled}
                  onChange={() => onChange({ ...settings, action: option.action as MatchAction })}
                />
                <span>
                  {option.label}
                  <span className="muted"> — {option.help}</span>
                </span>
              </label>
            ))}
          <p id={`${actionsId}-help`} className="muted">
            {jobPath
              ? `Genesys Cloud matches the rows of an import job itself; an update writes every value the row gives.${externalIdMapped ? ' With “Create a new contact anyway” a row whose external id is stored fails rather than give a second contact the same id.' : ''}`
              : byName
                ? 'Two rows never update the same organization.'
                : `Rows that repeat an earlier row’s email, phone${externalIdMapped ? ' or external id' : ''} are skipped as duplicates of it.`}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}

/** Where the lookups stand: running, failed (with a way to go on), or nothing to say. */
export function MatchLookupStatus({
  progress,
  error,
  onRetry,
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  progress: LookupProgress | null;
  error: string | null;
  onRetry: () => void;
}) {
  if (error) {
    return (
      <GuxInlineAlert accent="error">
        <div role="alert">
          <p>
            Looking for stored {importKind(entity).plural} stopped: {error} Nothing can be imported
            until every row is checked.
          </p>
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={onRetry}>
              Go on checking
            </button>
          </GuxButtonSlot>
        </div>
      </GuxInlineAlert>
    );
  }
  return (
    <ProgressStatus label={`Looking for stored ${importKind(entity).plural}`} progress={progress}>
      Looking for stored {importKind(entity).plural}: {count.format(progress?.done ?? 0)} of{' '}
      {count.format(progress?.total ?? 0)}{' '}
      {entity === 'organizations' ? 'names' : 'emails, phones and external ids'}…
    </ProgressStatus>
  );
}
