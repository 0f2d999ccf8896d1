import { describe, expect, it } from 'vitest';
import { relationshipFormSchema } from './relationship-form-schema';

describe('relationshipFormSchema', () => {
  it('trims the role and accepts up to 100 characters', () => {
    const parsed = relationshipFormSchema.parse({
      userId: 'u1',
      relationship: ` ${'r'.repeat(100)} `,
    });
    expect(parsed.relationship).toHaveLength(100);
  });

  it('refuses a blank or over-long role and a missing user', () => {
    const blank = relationshipFormSchema.safeParse({ userId: 'u1', relationship: '  ' });
    expect(blank.error?.issues[0]?.message).toBe('Relationship is required.');
    const long = relationshipFormSchema.safeParse({ userId: 'u1', relationship: 'r'.repeat(101) });
    expect(long.error?.issues[0]?.message).toBe('Relationship must be at most 100 characters.');
    const noUser = relationshipFormSchema.safeParse({ userId: '', relationship: 'Owner' });
    expect(noUser.error?.issues[0]?.message).toBe('Pick a user from the list.');
  });
});
