import { Link } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { ContactTypeBadge } from '@/features/contacts';
import { contactName, type ExternalContact } from '@/models/contact-fields';
import { asRecord } from '@/models/record-fields';
import {
  isChoosable,
  keptKeys,
  newestFirst,
  slotsHolding,
  valueKey,
  type MergeChoices,
  type MergeField,
  type MergeRow,
} from '@/models/merge-fields';
import { whoHolds } from '@/models/merge-dropped-values';

interface MergeTableProps {
  contacts: readonly ExternalContact[];
  rows: readonly MergeRow[];
  choices: MergeChoices;
  values: Record<string, unknown>;
  errors: Record<string, string>;
  onlyDifferences: boolean;
  divisionName: (id: string) => string;
  resultDivision: string | undefined;
  onChoose: (fieldId: string, key: string) => void;
  onRemove: (id: string) => void;
}

/** Duplicates are often minutes apart: the seconds tell which one Genesys counts as newest. */
const modifiedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});
const modified = (iso: string | undefined) => {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? modifiedFormat.format(date) : 'unknown';
};

/** The contacts hold different values here (not only: a value moved into an empty slot). */
function cellsDiffer(row: MergeRow): boolean {
  const shown = new Set(Object.values(row.cells).map((value) => row.field.format(value)));
  return shown.size > 1;
}

/**
 * An empty phone or email slot whose contacts' values the result keeps in other slots: the slots
 * that keep them ("the personal email"), so an empty result cell is not read as a loss.
 */
function keptElsewhere(
  row: MergeRow,
  rows: readonly MergeRow[],
  values: Record<string, unknown>,
): string | undefined {
  const { group } = row.field;
  const cells = Object.values(row.cells);
  if (!group || cells.length === 0) return undefined;
  const slots = new Set<string>();
  for (const cell of cells) {
    const holding = slotsHolding(rows, values, group, valueKey(row.field, cell));
    if (holding.length === 0) return undefined;
    for (const field of holding) slots.add(field.label.toLowerCase());
  }
  return `kept as the ${[...slots].join(' and ')}`;
}

/** A value as text; a reference (the organization) links to the record it names. */
function FieldValue({ field, value }: { field: MergeField; value: unknown }) {
  const id = asRecord(value).id;
  if (field.kind !== 'reference' || typeof id !== 'string') return <>{field.format(value)}</>;
  return (
    <Link to="/organizations/$organizationId" params={{ organizationId: id }}>
      {field.format(value)}
    </Link>
  );
}

/**
 * The contacts side by side, one row per field, and the merged result on the right. Where the
 * contacts differ the row is marked (in words, not only colour) and the result cell holds the
 * choice as a labelled radio group. Every value is a React text node, never HTML.
 */
export function MergeTable({
  contacts,
  rows,
  choices,
  values,
  errors,
  onlyDifferences,
  divisionName,
  resultDivision,
  onChoose,
  onRemove,
}: MergeTableProps) {
  const shown = onlyDifferences ? rows.filter((row) => isChoosable(row) || cellsDiffer(row)) : rows;
  const newestId = newestFirst(contacts)[0]?.id;
  const kept = keptKeys(rows, values);
  return (
    <div className="table-scroll merge-table-scroll">
      <table className="data-table merge-table">
        <caption>
          {contacts.length === 1
            ? 'The contact chosen so far'
            : `${contacts.length} contacts side by side; choose what the merged contact keeps where they differ`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {contacts.map((contact, index) => (
              <th key={contact.id} scope="col" className="merge-contact-head">
                <div className="merge-contact-number">Contact {index + 1}</div>
                <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                  {contactName(contact)}
                </Link>
                <div>
                  <ContactTypeBadge type={contact.type} />
                </div>
                <dl className="merge-contact-facts">
                  <dt>Modified</dt>
                  <dd>
                    {modified(contact.modifyDate)}
                    {contact.id === newestId ? (
                      <strong className="merge-newest"> (most recent)</strong>
                    ) : null}
                  </dd>
                  <dt>Division</dt>
                  <dd>{contact.division?.id ? divisionName(contact.division.id) : 'none'}</dd>
                  <dt>Merge set</dt>
                  <dd>
                    {contact.mergeSet?.length
                      ? `${contact.mergeSet.length} contacts`
                      : 'never merged'}
                  </dd>
                </dl>
                {contacts.length > 0 ? (
                  <GuxButtonSlot accent="inline">
                    <button
                      type="button"
                      onClick={() => onRemove(contact.id)}
                      aria-label={`Remove contact ${index + 1}, ${contactName(contact)}, from the merge`}
                    >
                      Remove
                    </button>
                  </GuxButtonSlot>
                ) : null}
              </th>
            ))}
            <th scope="col" className="merge-result-head">
              Merged result
              <div className="muted merge-result-note">
                New curated contact{resultDivision ? ` in ${resultDivision}` : ''}
              </div>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={contacts.length + 2} className="table-message">
                {onlyDifferences ? 'The contacts hold the same values everywhere.' : 'No fields.'}
              </td>
            </tr>
          ) : null}
          {shown.map((row) => {
            const { field } = row;
            const choosable = isChoosable(row);
            const differs = cellsDiffer(row);
            const legendId = `merge-legend-${field.id}`;
            const errorId = `merge-error-${field.id}`;
            const resultValue = values[field.id];
            const notKept = (key: string) =>
              field.group !== undefined && !kept.get(field.group)?.has(key);
            return (
              <tr key={field.id} className={differs ? 'merge-row-differs' : undefined}>
                <th scope="row">
                  {field.label}
                  {differs ? <span className="merge-differs-tag">differs</span> : null}
                </th>
                {contacts.map((contact) => (
                  <td key={contact.id}>
                    {row.cells[contact.id] === undefined ? (
                      <span className="muted">—</span>
                    ) : (
                      <FieldValue field={field} value={row.cells[contact.id]} />
                    )}
                  </td>
                ))}
                <td className="merge-result-cell">
                  {choosable ? (
                    <fieldset
                      aria-describedby={errors[field.id] ? errorId : undefined}
                      aria-invalid={errors[field.id] ? true : undefined}
                    >
                      <legend id={legendId}>Keep which {field.label.toLowerCase()}?</legend>
                      {row.options.map((option) => (
                        <label key={option.key} className="merge-option">
                          <input
                            type="radio"
                            name={`choice-${field.id}`}
                            value={option.key}
                            checked={choices[field.id] === option.key}
                            onChange={() => onChoose(field.id, option.key)}
                          />{' '}
                          {field.format(option.value)}{' '}
                          <span className="muted">
                            from {whoHolds(contacts, option.holderIds)}
                            {option.key === row.defaultKey ? ' · Genesys’ pick' : ''}
                            {notKept(option.key) ? ' · not kept' : ''}
                          </span>
                        </label>
                      ))}
                      {errors[field.id] ? (
                        <span id={errorId} className="field-error">
                          {errors[field.id]}
                        </span>
                      ) : null}
                    </fieldset>
                  ) : resultValue === undefined ? (
                    <span className="muted">
                      {['—', keptElsewhere(row, rows, values)].filter(Boolean).join(' ')}
                    </span>
                  ) : (
                    <strong>
                      <FieldValue field={field} value={resultValue} />
                    </strong>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
