import { Link } from '@tanstack/react-router';
import { GuxButton } from 'genesys-spark-components-react';
import { useMe } from '@/auth/me-query';
import { useServices } from './services';

export function AppHeader() {
  const me = useMe();
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
          <li>
            <Link to="/contacts" activeProps={{ 'aria-current': 'page' }}>
              Contacts
            </Link>
          </li>
          <li>
            <Link to="/organizations" activeProps={{ 'aria-current': 'page' }}>
              Organizations
            </Link>
          </li>
          <li>
            <Link to="/notes" activeProps={{ 'aria-current': 'page' }}>
              Notes
            </Link>
          </li>
          <li>
            <Link to="/relationships" activeProps={{ 'aria-current': 'page' }}>
              Relationships
            </Link>
          </li>
          <li>
            <Link to="/lookup" activeProps={{ 'aria-current': 'page' }}>
              Lookup
            </Link>
          </li>
          <li>
            <Link to="/duplicates" activeProps={{ 'aria-current': 'page' }}>
              Duplicates
            </Link>
          </li>
          <li>
            <Link to="/import" activeProps={{ 'aria-current': 'page' }}>
              Import
            </Link>
          </li>
          <li>
            <Link to="/export" activeProps={{ 'aria-current': 'page' }}>
              Export
            </Link>
          </li>
          <li>
            <Link to="/schemas" activeProps={{ 'aria-current': 'page' }}>
              Schemas
            </Link>
          </li>
        </ul>
      </nav>
      <div className="app-user">
        <span>
          <span className="visually-hidden">Signed in as </span>
          <strong data-testid="signed-in-user">{me.name ?? me.email ?? me.id}</strong>
          {region ? <span className="app-region"> · {region.label}</span> : null}
        </span>
        <GuxButton accent="secondary" onClick={() => auth.signOut()}>
          Sign out
        </GuxButton>
      </div>
    </header>
  );
}
