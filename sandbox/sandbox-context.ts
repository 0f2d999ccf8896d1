import { createLoginSessions } from './auth/login-sessions.ts';
import type { LoginSessions } from './auth/login-sessions.ts';
import { createTokenStore } from './auth/tokens-store.ts';
import type { TokenStore } from './auth/tokens-store.ts';
import type { SandboxOptions } from './config.ts';
import type { SqliteDatabase } from './db/connection.ts';
import { createIdentitiesRepo } from './db/identities-repo.ts';
import type { IdentitiesRepo } from './db/identities-repo.ts';
import { createSessionsRepo } from './db/sessions-repo.ts';
import { createTokensRepo } from './db/tokens-repo.ts';

/** What route plugins receive as options instead of reaching for globals or decorations. */
export interface SandboxContext {
  options: SandboxOptions;
  identities: IdentitiesRepo;
  tokens: TokenStore;
  sessions: LoginSessions;
}

export function createSandboxContext(db: SqliteDatabase, options: SandboxOptions): SandboxContext {
  return {
    options,
    identities: createIdentitiesRepo(db),
    tokens: createTokenStore(createTokensRepo(db), options.clock),
    sessions: createLoginSessions(createSessionsRepo(db), options.clock),
  };
}
