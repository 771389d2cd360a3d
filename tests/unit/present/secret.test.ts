import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../../src/present/hosts.ts';
import { isSecret, newSecret } from '../../../src/present/secret.ts';

describe('the run’s secret', () => {
  it('has 128 random bits, in characters safe in an address', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(16);
    expect(new Set(Array.from({ length: 50 }, newSecret)).size).toBe(50);
  });

  it('is recognised only when given exactly, whatever the length given', () => {
    const secret = newSecret();
    expect(isSecret(secret, secret)).toBe(true);
    expect(isSecret(`${secret.slice(0, -1)}x`, secret)).toBe(false);
    expect(isSecret('', secret)).toBe(false);
    expect(isSecret(secret.repeat(10), secret)).toBe(false);
  });
});

describe('isLoopback', () => {
  it('knows this machine’s own addresses, IPv4, IPv6 and mapped', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['192.168.1.4', '10.0.0.1', undefined].map(isLoopback)).toEqual([false, false, false]);
  });
});
