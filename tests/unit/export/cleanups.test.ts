import { describe, expect, it } from 'vitest';
import { Cleanups } from '../../../src/export/cleanups.ts';

describe('Cleanups', () => {
  it('runs every step once, newest first, even if asked twice', async () => {
    const ran: string[] = [];
    const cleanups = new Cleanups();
    cleanups.add(async () => void ran.push('server'));
    cleanups.add(async () => void ran.push('browser'));
    await Promise.all([cleanups.runAll(), cleanups.runAll()]);
    expect(ran).toEqual(['browser', 'server']);
  });

  it('goes on after a step that fails or never finishes', async () => {
    const ran: string[] = [];
    const cleanups = new Cleanups();
    cleanups.add(async () => void ran.push('temporary files'));
    cleanups.add(() => new Promise<void>(() => undefined));
    cleanups.add(() => Promise.reject(new Error('already closed')));
    await cleanups.runAll(50);
    expect(ran).toEqual(['temporary files']);
  });
});
