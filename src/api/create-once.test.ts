import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createOnce, mayHaveBeenStored } from './create-once';

const late503 = () => new ApiError({ status: 503, code: 'service.unavailable', message: 'later' });
const invalid = () => new ApiError({ status: 400, code: 'invalid.value', message: 'bad' });

describe('createOnce', () => {
  it('tells uncertain failures from refusals', () => {
    expect(mayHaveBeenStored(late503())).toBe(true);
    expect(mayHaveBeenStored(new ApiError({ status: 0, code: 'network.error', message: '' }))).toBe(
      true,
    );
    expect(mayHaveBeenStored(new ApiError({ status: 429, code: 'too.many', message: '' }))).toBe(
      false,
    );
    expect(mayHaveBeenStored(invalid())).toBe(false);
    expect(mayHaveBeenStored(new Error('x'))).toBe(false);
  });

  it('after an uncertain failure, returns the stored record instead of sending again', async () => {
    const send = vi.fn<() => Promise<string>>().mockRejectedValueOnce(late503());
    const findStored = vi.fn<(since: number) => Promise<string | undefined>>();
    await expect(createOnce('k1', send, findStored)).rejects.toThrow('later');
    expect(findStored).not.toHaveBeenCalled();

    findStored.mockResolvedValueOnce('stored-id');
    await expect(createOnce('k1', send, findStored)).resolves.toBe('stored-id');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends again when the look-up finds nothing, and sends nothing when it fails', async () => {
    const send = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(late503())
      .mockResolvedValueOnce('new-id');
    const findStored = vi
      .fn<(since: number) => Promise<string | undefined>>()
      .mockRejectedValueOnce(late503())
      .mockResolvedValueOnce(undefined);
    await expect(createOnce('k2', send, findStored)).rejects.toThrow();
    await expect(createOnce('k2', send, findStored)).rejects.toThrow();
    expect(send).toHaveBeenCalledTimes(1);
    await expect(createOnce('k2', send, findStored)).resolves.toBe('new-id');
    expect(send).toHaveBeenCalledTimes(2);
    // Settled: a later create with the same key sends at once.
    send.mockResolvedValueOnce('third');
    await expect(createOnce('k2', send, findStored)).resolves.toBe('third');
    expect(findStored).toHaveBeenCalledTimes(2);
  });

  it('forgets the uncertainty after a refusal', async () => {
    const send = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(late503())
      .mockRejectedValueOnce(invalid())
      .mockResolvedValueOnce('ok');
    const findStored = vi.fn<(since: number) => Promise<string | undefined>>(async () => undefined);
    await expect(createOnce('k3', send, findStored)).rejects.toThrow();
    await expect(createOnce('k3', send, findStored)).rejects.toThrow('bad');
    await expect(createOnce('k3', send, findStored)).resolves.toBe('ok');
    expect(findStored).toHaveBeenCalledTimes(1);
  });
});
