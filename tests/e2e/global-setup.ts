import { startSharedExport } from './shared-export.ts';

/**
 * As the run starts: the one full export that the tests reading exported files share, started
 * and not waited for (see startSharedExport). The run's teardown waits for it to end.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const finished = startSharedExport();
  finished.catch(() => undefined); // a failure is the teardown's to report, not an unhandled rejection
  return () => finished;
}
