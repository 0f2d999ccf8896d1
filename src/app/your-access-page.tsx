import { useMe, usePermissions } from '@/auth/me-query';
import { PageHeader } from '@/ui/page-header';
import { capabilities } from './capabilities';
import { useServices } from './services';

/** What the signed-in user's roles allow in External Contacts, reached from their name. */
export function YourAccessPage() {
  const me = useMe();
  const { can } = usePermissions();
  const { auth } = useServices();
  const roles = me.authorization?.roles ?? [];
  return (
    <div className="page">
      <PageHeader title="Your access">
        <p className="muted">
          Signed in as {me.name ?? me.email ?? me.id}
          {me.organization?.name ? <> in {me.organization.name}</> : null}, region{' '}
          {auth.currentRegion()?.label ?? 'unknown'}.
          {roles.length > 0 ? <> Roles: {roles.map((role) => role.name).join(', ')}.</> : null}
        </p>
      </PageHeader>
      <table className="data-table">
        <caption className="visually-hidden">What your roles allow in External Contacts</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Action</th>
            <th scope="col">Allowed</th>
          </tr>
        </thead>
        <tbody>
          {capabilities.map((capability) => (
            <tr key={`${capability.area}-${capability.action}`}>
              <td>{capability.area}</td>
              <td>{capability.action}</td>
              <td>{can(...capability.anyOf) ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
