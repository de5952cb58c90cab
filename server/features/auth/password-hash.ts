// argon2id with OWASP's minimum parameters (19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A hash of a random password with the same parameters: checking against it when the login ID is
// unknown costs what a real check costs. Made when the module loads, not on the first unknown ID.
const dummy: Promise<string> = hashPassword(`mamori-dummy-${Math.random()}`);

/** One password check that always fails (an unknown or disabled login ID). */
export async function burnVerify(password: string): Promise<false> {
  await verifyPassword(await dummy, password);
  return false;
}
