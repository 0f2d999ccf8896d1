import { describe, expect, it } from 'vitest';
import type { ExternalContact } from '@/models/contact-fields';
import { buildMergeRows, defaultChoices } from '@/models/merge-fields';
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

describe('merge form schema with a number the newest contact holds twice', () => {
  const phone = (e164: string) => ({ display: e164, e164 });
  const twice = buildMergeRows([
    {
      id: 'new',
      modifyDate: '2026-02-01',
      workPhone: phone('+13175550100'),
      cellPhone: phone('+13175550100'),
    },
    { id: 'old', modifyDate: '2026-01-01', workPhone: phone('+13175550199') },
  ] satisfies ExternalContact[]);

  it('accepts the defaults, which keep it twice as Genesys does', () => {
    expect(mergeFormSchema(twice).safeParse({ choices: defaultChoices(twice) }).success).toBe(true);
  });

  it('still refuses a third slot for it', () => {
    const choices = defaultChoices(twice);
    const result = mergeFormSchema(twice).safeParse({
      choices: { ...choices, homePhone: 'phone:+13175550100' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('already kept as the work phone');
  });
});
