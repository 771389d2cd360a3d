import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret for one run: 128 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether `given` is the secret, compared in constant time (whatever the lengths). */
export function isSecret(given: string, secret: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
