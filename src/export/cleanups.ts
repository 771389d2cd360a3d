/**
 * What must be undone when the export ends, however it ends (done, failed, interrupted):
 * close the browser, stop the server, remove temporary files. Run once, newest first, each
 * bounded in time so that a stuck close cannot keep the process alive.
 */
export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];
  private running: Promise<void> | undefined;

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** Runs every step (once, even if called again), giving each at most `milliseconds`. */
  runAll(milliseconds = 1500): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.splice(0).reverse()) {
        let timer: NodeJS.Timeout | undefined;
        const bound = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, milliseconds);
          timer.unref();
        });
        await Promise.race([step().catch(() => undefined), bound]);
        clearTimeout(timer);
      }
    })();
    return this.running;
  }
}
