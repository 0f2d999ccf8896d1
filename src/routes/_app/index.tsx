import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { HomePage } from '@/features/home/home-page';

const homeSearchSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(500))), undefined),
});

export const Route = createFileRoute('/_app/')({
  validateSearch: homeSearchSchema,
  component: Home,
});

function Home() {
  const { q } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <HomePage q={q} onSearch={(next) => void navigate({ search: { q: next }, replace: true })} />
  );
}
