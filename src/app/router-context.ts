import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import type { AuthService } from '@/auth/auth-service';

/** What every route's loader and component can reach through the router context. */
export interface RouterContext {
  queryClient: QueryClient;
  auth: AuthService;
  api: ApiClient;
}
