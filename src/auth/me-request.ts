/**
 * The signed-in user's request (me-query.ts), on its own so that the early requests
 * (src/app/early-requests.ts), which run before the app's code, send exactly the same one.
 */
export const meRequest = {
  path: '/users/me',
  query: { expand: ['authorization', 'organization'] },
} as const;
