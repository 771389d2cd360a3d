import { runSharedExport } from './shared-export.ts';

/** Before any test: the one full export that the tests reading exported files share. */
export default async function globalSetup(): Promise<void> {
  await runSharedExport();
}
