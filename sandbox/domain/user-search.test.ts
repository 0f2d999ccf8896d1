import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../db/identity-records.ts';
import { searchUsers, userSearchRequestSchema } from './user-search.ts';

function user(name: string, email: string, state: UserRecord['state'] = 'active'): UserRecord {
  return {
    id: email,
    name,
    email,
    username: email,
    title: null,
    department: null,
    state,
    divisionId: 'd',
    divisionName: 'Home',
    version: 1,
  };
}

const users = [
  user('Alex Admin', 'admin@x.example'),
  user('Ana Álvarez', 'ana@x.example'),
  user('Bob Gone', 'bob@x.example', 'deleted'),
];

const run = (body: unknown) =>
  searchUsers(users, userSearchRequestSchema.parse(body)).map((u) => u.name);

describe('searchUsers', () => {
  it('matches every word of a QUERY_STRING somewhere', () => {
    expect(run({ query: [{ type: 'QUERY_STRING', value: 'ale adm' }] })).toEqual(['Alex Admin']);
  });

  it('ignores case and accents', () => {
    expect(run({ query: [{ type: 'STARTS_WITH', fields: ['name'], value: 'ANA ALV' }] })).toEqual([
      'Ana Álvarez',
    ]);
  });

  it('combines AND, OR and NOT criteria', () => {
    expect(
      run({
        query: [
          { type: 'CONTAINS', fields: ['email'], value: 'x.example' },
          { type: 'STARTS_WITH', fields: ['name'], value: 'A', operator: 'OR' },
          { type: 'EXACT', fields: ['email'], value: 'ana@x.example', operator: 'NOT' },
        ],
      }),
    ).toEqual(['Alex Admin']);
  });

  it('hides deleted users unless the state is asked for', () => {
    expect(run({ query: [{ type: 'CONTAINS', value: 'bob' }] })).toEqual([]);
    expect(
      run({
        query: [
          { type: 'CONTAINS', value: 'bob' },
          { type: 'EXACT', fields: ['state'], value: 'deleted' },
        ],
      }),
    ).toEqual(['Bob Gone']);
  });

  it('sorts descending on request', () => {
    expect(run({ query: [{ type: 'CONTAINS', value: 'a' }], sortOrder: 'DESC' })).toEqual([
      'Ana Álvarez',
      'Alex Admin',
    ]);
  });
});
