import { describeChange, diffSchemas, type SchemaSnapshot } from './schema-diff';

/** A titled list of the changes between two versions; "No changes" when they are the same. */
export function DiffList({
  label,
  before,
  after,
}: {
  label: string;
  before: SchemaSnapshot;
  after: SchemaSnapshot;
}) {
  const changes = diffSchemas(before, after);
  return (
    <section aria-label={label}>
      <h3 style={{ fontSize: 15 }}>{label}</h3>
      {changes.length === 0 ? (
        <p className="muted">No changes.</p>
      ) : (
        <ul className="diff-list">
          {changes.map((change, index) => (
            <li key={index}>
              <code>{describeChange(change)}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
