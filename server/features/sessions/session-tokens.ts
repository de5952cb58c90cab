// Session tokens: random, sent only as an HttpOnly cookie, stored only as their sha256.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'mamori_session';
export const newToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
