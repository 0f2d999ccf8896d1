import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import type { NamedRef } from '@/models/record-fields';
import type { ReferenceTarget } from './record-column';
import { recordNameQueryOptions } from './record-names';

/**
 * A link to a referenced record, by its name. Lists that cannot expand references (the scans)
 * have only the id: the name is read in bulk, and the id shows only until it arrives or when the
 * record cannot be read.
 */
export function ReferenceLink({
  target,
  reference,
}: {
  target: ReferenceTarget;
  reference: NamedRef;
}) {
  const { api } = useServices();
  const known = reference.name?.trim();
  const looked = useQuery({
    ...recordNameQueryOptions(api, target, reference.id),
    enabled: !known,
  });
  return <Link {...target.detail(reference.id)}>{known || looked.data || reference.id}</Link>;
}
