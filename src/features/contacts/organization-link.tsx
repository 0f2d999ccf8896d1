import { Link } from '@tanstack/react-router';

/** A contact's organization by name (the id only while no name is known), linked. */
export function OrganizationLink({
  organization,
}: {
  organization: { id: string; name?: string };
}) {
  return (
    <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
      {organization.name ?? organization.id}
    </Link>
  );
}
