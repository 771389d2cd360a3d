/**
 * Prints, one a line, the programs the browser tests need and this machine lacks (chromium,
 * firefox, soffice), looked for exactly as the tests look: .ci/run installs what it prints.
 */
import { missingPrograms } from './prerequisites.ts';

for (const program of missingPrograms()) console.log(program);
