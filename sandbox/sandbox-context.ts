import { createLoginSessions } from './auth/login-sessions.ts';
import type { LoginSessions } from './auth/login-sessions.ts';
import { createTokenStore } from './auth/tokens-store.ts';
import type { TokenStore } from './auth/tokens-store.ts';
import type { SandboxOptions } from './config.ts';
import type { SqliteDatabase } from './db/connection.ts';
import { createCustomFieldValidator } from './domain/custom-fields.ts';
import type { CustomFieldValidator } from './domain/custom-fields-contract.ts';
import { createIdentitiesRepo } from './db/identities-repo.ts';
import type { IdentitiesRepo } from './db/identities-repo.ts';
import { createSessionsRepo } from './db/sessions-repo.ts';
import { createTokensRepo } from './db/tokens-repo.ts';

/** What route plugins receive as options instead of reaching for globals or decorations. */
export interface SandboxContext {
  options: SandboxOptions;
  /** For route modules that build their own repositories (the External Contacts areas). */
  db: SqliteDatabase;
  /** Checks `schema` + `customFields` of a contact or organization write against its schema. */
  customFields: CustomFieldValidator;
  identities: IdentitiesRepo;
  tokens: TokenStore;
  sessions: LoginSessions;
}

export function createSandboxContext(db: SqliteDatabase, options: SandboxOptions): SandboxContext {
  return {
    options,
    db,
    customFields: createCustomFieldValidator(db),
    identities: createIdentitiesRepo(db),
    tokens: createTokenStore(createTokensRepo(db), options.clock),
    sessions: createLoginSessions(createSessionsRepo(db), options.clock),
  };
}
