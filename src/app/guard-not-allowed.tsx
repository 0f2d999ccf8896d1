import { Link } from '@tanstack/react-router';
import { NotAllowed } from '@/ui/not-allowed';
import type { RouteGuard } from './route-guards';

/** The "You cannot …" page for a route guard, with its way back. */
export function GuardNotAllowed({ guard }: { guard: RouteGuard }) {
  return (
    <NotAllowed action={guard.action} back={<Link to={guard.back.to}>{guard.back.label}</Link>} />
  );
}
