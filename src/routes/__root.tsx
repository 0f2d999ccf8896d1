import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import type { RouterContext } from '@/app/router-context';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: () => <Outlet />,
  notFoundComponent: NotFound,
});

function NotFound() {
  return (
    <main className="centered-page">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <Link to="/">Go to the console home</Link>
    </main>
  );
}
