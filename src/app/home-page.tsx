import { useMe, usePermissions } from '@/auth/me-query';
import { useServices } from './services';
import { capabilities } from './capabilities';

export function HomePage() {
  const me = useMe();
  const { can } = usePermissions();
  const { auth } = useServices();
  const firstName = (me.name ?? '').split(' ')[0] || 'there';
  return (
    <div className="page">
      <h1>Welcome, {firstName}</h1>
      <p>
        {me.organization?.name ? <>Org: {me.organization.name}. </> : null}
        Region: {auth.currentRegion()?.label ?? 'unknown'}.
      </p>
      <section aria-labelledby="access-heading">
        <h2 id="access-heading">Your access</h2>
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
      </section>
    </div>
  );
}
