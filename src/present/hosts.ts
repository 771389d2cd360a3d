import { networkInterfaces } from 'node:os';

/** This machine's addresses on the local network (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry?.address ?? '');
}

/** The names a browser may use to reach the server (its Host header): loopback, and the LAN addresses with `lan`. */
export function allowedHosts(port: number, lan: boolean): Set<string> {
  const names = ['localhost', '127.0.0.1', '[::1]', ...(lan ? lanAddresses() : [])];
  return new Set(names.map((name) => `${name}:${port}`));
}

/** Whether a connection comes from this machine. */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
