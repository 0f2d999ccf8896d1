import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries are ESLint rules (eslint.config.js), run by `npm run check`: these cases prove
// that the check fails on what the architecture forbids, and passes what it allows.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it('refuses a feature reaching into another feature’s files', async () => {
    const ids = await ruleIds(
      'src/features/notes/zz-boundary-probe.ts',
      "import { contactApi } from '@/features/contacts/api';\nexport const probe = contactApi;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('allows another feature’s published entry and the shared layers', async () => {
    const ids = await ruleIds(
      'src/features/notes/zz-boundary-probe.ts',
      [
        "import { contactApi } from '@/features/contacts';",
        "import { PERMISSIONS } from '@/models/permissions';",
        "import { createRecordApi } from '@/record-kit/record-api';",
        'export const probe = [contactApi, PERMISSIONS, createRecordApi];',
        '',
      ].join('\n'),
    );
    expect(ids).not.toContain('no-restricted-imports');
  });

  it('refuses any feature import from the record kit and the shared layers', async () => {
    for (const filePath of [
      'src/record-kit/zz-boundary-probe.ts',
      'src/ui/zz-boundary-probe.ts',
      'src/models/zz-boundary-probe.ts',
    ]) {
      const ids = await ruleIds(
        filePath,
        "import { contactApi } from '@/features/contacts';\nexport const probe = contactApi;\n",
      );
      expect(ids, filePath).toContain('no-restricted-imports');
    }
  });

  it('refuses an import cycle', async () => {
    // ui/form-field.tsx imports ui/field-hint.tsx: a field-hint that imported form-field back
    // would close a cycle.
    const ids = await ruleIds(
      'src/ui/field-hint.tsx',
      "import { FormField } from './form-field';\nexport const probe = FormField;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });
});
