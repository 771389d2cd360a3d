import { describe, expect, it } from 'vitest';
import { StepTimeoutError, withinTime } from '../../../src/export/time-limit.ts';

describe('withinTime', () => {
  it('passes on the result of work that finishes in time', async () => {
    await expect(withinTime('Loading', 5, Promise.resolve(42))).resolves.toBe(42);
  });

  it('passes on the failure of work that fails in time', async () => {
    await expect(withinTime('Loading', 5, Promise.reject(new Error('broken')))).rejects.toThrow('broken');
  });

  it('stops waiting on work that never finishes, naming the step', async () => {
    const never = new Promise<never>(() => undefined);
    const attempt = withinTime('Loading index.html', 0.05, never);
    await expect(attempt).rejects.toBeInstanceOf(StepTimeoutError);
    await expect(attempt).rejects.toThrow('Loading index.html took longer than 0.05 s and was stopped.');
  });
});
