// mamori backup --out FILE / mamori restore FILE
import type { CliValues } from '../main.ts';

export async function backupCommand(_values: CliValues): Promise<number> {
  throw new Error('backup: not yet wired');
}

export async function restoreCommand(_values: CliValues): Promise<number> {
  throw new Error('restore: not yet wired');
}
