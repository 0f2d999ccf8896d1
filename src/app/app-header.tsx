import { Link } from '@tanstack/react-router';
import { GuxButton } from 'genesys-spark-components-react';
import { useMe, usePermissions } from '@/auth/me-query';
import { visibleNavAreas } from './nav-areas';
import { useServices } from './services';

export function AppHeader() {
  const me = useMe();
  const { granted } = usePermissions();
  const { auth } = useServices();
  const region = auth.currentRegion();
  return (
    <header className="app-header">
      <Link to="/" className="app-title">
        External Contacts Console
      </Link>
      <nav aria-label="Main">
        <ul className="app-nav">
          <li>
            <Link to="/" activeProps={{ 'aria-current': 'page' }} activeOptions={{ exact: true }}>
              Home
            </Link>
          </li>
          {visibleNavAreas(granted).map((area) => (
            <li key={area.to}>
              <Link to={area.to} activeProps={{ 'aria-current': 'page' }}>
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-user">
        {/* The user's name leads to what their roles allow ("Your access"). */}
        <Link
          to="/access"
          className="app-identity"
          activeProps={{ 'aria-current': 'page' }}
          title="Your access"
        >
          <span className="visually-hidden">Signed in as </span>
          <strong data-testid="signed-in-user">{me.name ?? me.email ?? me.id}</strong>
          {region ? (
            <span className="app-region">
              <span className="visually-hidden">, </span>
              {region.label}
            </span>
          ) : null}
          <span className="visually-hidden">: your access</span>
        </Link>
        <Link to="/settings" activeProps={{ 'aria-current': 'page' }}>
          Settings
        </Link>
        <GuxButton accent="secondary" onClick={() => auth.signOut()}>
          Sign out
        </GuxButton>
      </div>
    </header>
  );
}
