import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import { buildMergeRows, defaultChoices } from './merge-fields';
import { mergeFormSchema } from './merge-form-schema';

const rows = buildMergeRows([
  { id: 'a', modifyDate: '2026-02-01', lastName: 'King', workEmail: 'a@x.example' },
  { id: 'b', modifyDate: '2026-01-01', lastName: 'Byron', workEmail: 'b@x.example' },
] satisfies ExternalContact[]);

describe('merge form schema', () => {
  it('accepts the defaults', () => {
    expect(mergeFormSchema(rows).safeParse({ choices: defaultChoices(rows) }).success).toBe(true);
  });

  it('refuses a value no contact holds', () => {
    const result = mergeFormSchema(rows).safeParse({ choices: { lastName: '"Smith"' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['choices', 'lastName']);
  });

  it('refuses the same email in two slots', () => {
    const choices = defaultChoices(rows);
    const result = mergeFormSchema(rows).safeParse({
      choices: { ...choices, personalEmail: choices.workEmail ?? '' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('already kept as the work email');
  });
});
