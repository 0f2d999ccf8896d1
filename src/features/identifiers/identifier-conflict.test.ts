import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { conflictingHolderId, formFieldOf } from './identifier-conflict';

describe('identifier claim errors', () => {
  it('names the holder of a conflicting identifier', () => {
    const error = new ApiError({
      status: 409,
      code: 'identifier.conflict',
      message: 'Already claimed.',
      details: [{ fieldName: 'identifier.value', entityId: 'c-2' }],
    });
    expect(conflictingHolderId(error)).toBe('c-2');
  });

  it('finds no holder in other errors', () => {
    expect(conflictingHolderId(new Error('x'))).toBeUndefined();
    expect(
      conflictingHolderId(new ApiError({ status: 400, code: 'bad', message: 'Bad.' })),
    ).toBeUndefined();
  });

  it('maps API field names onto the form', () => {
    expect(formFieldOf('identifier.value')).toBe('value');
    expect(formFieldOf('value')).toBe('value');
    expect(formFieldOf('identifier.type')).toBe('type');
    expect(formFieldOf('operation')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
