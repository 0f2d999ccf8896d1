import { describe, expect, it } from 'vitest';
import { signInFormSchema } from './sign-in-form-schema';

describe('signInFormSchema', () => {
  it('accepts a region and a client id', () => {
    expect(
      signInFormSchema.parse({
        regionId: 'eu_west_1',
        clientId: ' 6f1c3b2e-1d2a-4c5b-9e8f-0a1b2c3d4e5f ',
      }),
    ).toEqual({ regionId: 'eu_west_1', clientId: '6f1c3b2e-1d2a-4c5b-9e8f-0a1b2c3d4e5f' });
  });

  it('names the field that is wrong', () => {
    const result = signInFormSchema.safeParse({ regionId: '', clientId: 'bad id' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(['regionId', 'clientId']);
  });

  it('keeps the client id within 200 characters', () => {
    expect(signInFormSchema.safeParse({ regionId: 'x', clientId: 'a'.repeat(200) }).success).toBe(
      true,
    );
    expect(signInFormSchema.safeParse({ regionId: 'x', clientId: 'a'.repeat(201) }).success).toBe(
      false,
    );
  });
});
