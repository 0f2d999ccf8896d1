import { Link, type LinkProps } from '@tanstack/react-router';
import type { RecordBase } from '@/models/record-fields';
import type { RecordEntity } from './entity';

/** A record's URL whose record is gone, or was never visible to this user. */
export function RecordNotFound<Read extends RecordBase>({
  entity,
}: {
  entity: RecordEntity<Read>;
}) {
  const title = entity.noun.one.charAt(0).toUpperCase() + entity.noun.one.slice(1);
  return (
    <div className="page">
      <h1>{title} not found</h1>
      <p>
        There is no {entity.noun.one} with this id, or it was deleted. It may also belong to a
        division you cannot see.
      </p>
      <Link {...(entity.links.list as LinkProps)}>Back to all {entity.noun.many}</Link>
    </div>
  );
}
