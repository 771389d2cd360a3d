/** A step of the export that did not finish in its time. */
export class StepTimeoutError extends Error {
  constructor(
    readonly step: string,
    readonly seconds: number,
  ) {
    super(`${step} took longer than ${seconds} s and was stopped.`);
    this.name = 'StepTimeoutError';
  }
}

/** How long each step of the export may take, in seconds. Generous: they are limits, not targets. */
export const TIME_LIMITS = {
  build: 180,
  browserStart: 30,
  pageLoad: 30,
  print: 60,
  write: 15,
} as const;

/**
 * Resolves or rejects as `work` does, unless it takes longer than `seconds`: then rejects with a
 * StepTimeoutError naming the step. The work itself is not cancelled (the caller closes what it
 * started); the timer never keeps the process alive.
 */
export function withinTime<T>(step: string, seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeoutError(step, seconds)), seconds * 1000);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
