import type { ExternalContact } from '@/models/contact-fields';
import { droppedWhere, type DroppedValue } from '@/models/merge-dropped-values';

const valuesCount = (count: number) => `${count} ${count === 1 ? 'value' : 'values'}`;

/** Each value the merged contact will not keep, with where the contacts hold it. Text nodes only. */
export function DroppedValuesList({
  contacts,
  dropped,
}: {
  contacts: readonly ExternalContact[];
  dropped: readonly DroppedValue[];
}) {
  return (
    <ul className="merge-dropped-list">
      {dropped.map((item) => (
        <li key={item.id}>
          <strong>{item.field.format(item.value)}</strong>{' '}
          <span className="muted">({droppedWhere(contacts, item)})</span>
          {item.numberKeptIn ? (
            <span>
              {' '}
              — the number is kept as the{' '}
              {item.numberKeptIn.map((field) => field.label.toLowerCase()).join(' and ')}, but not
              with this extension
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the merge will drop, under the choices and before the Merge button, so the steward sees it
 * before confirming. The sentence is a polite live region: a pick that displaces a value is
 * announced where it happens, without reading the whole list again.
 */
export function DroppedValuesSection({
  contacts,
  dropped,
}: {
  contacts: readonly ExternalContact[];
  dropped: readonly DroppedValue[];
}) {
  return (
    <section
      className={`merge-dropped${dropped.length > 0 ? ' merge-dropped-some' : ''}`}
      aria-labelledby="merge-dropped-title"
    >
      <h2 id="merge-dropped-title" className="merge-dropped-title">
        Will be dropped
      </h2>
      <p role="status" className="merge-dropped-summary">
        {dropped.length === 0
          ? 'Nothing: the merged contact keeps every value of these contacts.'
          : `${valuesCount(dropped.length)} of these contacts ${dropped.length === 1 ? 'is' : 'are'} not kept by the merged contact. To keep one, choose it above: a phone or email then takes the place of another, which shows here instead.`}
      </p>
      {dropped.length > 0 ? <DroppedValuesList contacts={contacts} dropped={dropped} /> : null}
    </section>
  );
}

/** The confirmation's reminder of the same list. */
export function DroppedValuesReminder({
  contacts,
  dropped,
}: {
  contacts: readonly ExternalContact[];
  dropped: readonly DroppedValue[];
}) {
  if (dropped.length === 0) {
    return <p>It keeps every value of these contacts.</p>;
  }
  return (
    <>
      <p>
        <strong>Will be dropped</strong> ({valuesCount(dropped.length)} the merged contact does not
        keep):
      </p>
      <DroppedValuesList contacts={contacts} dropped={dropped} />
    </>
  );
}
