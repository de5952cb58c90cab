// A backup holds keyed content (audit HMACs, encrypted TOTP secrets) but never the key file. Before a
// restore writes anything, the rows tell which keys they need; this installation must have them.
// After the rows are in (same transaction), a backup of an older Mamori is brought over like an
// installation at start-up: unkeyed chains closed, plaintext secrets encrypted.
import type { Tx } from '../../db/client.ts';
import { systemActor } from '../../lib/actor.ts';
import { keyring } from '../../lib/keys.ts';
import { closeUnkeyedChains } from '../audit/audit.keying.ts';
import { assertKeysServe, encryptPlaintextSecrets } from './open-keys.ts';

// key_id is the last column of both audit tables (row_to_json keeps the table's column order)
const AUDIT_KEY = /"key_id":"([^"]+)"\}$/;
const SEALED = /"totp_(?:pending_)?secret":"enc1:([^:"]+):/g;

/** Collects, row by row (the backup reader's onRow), the key ids a backup's content was made with. */
export function backupKeyCollector() {
  const audit = new Set<string>();
  const secrets = new Set<string>();
  return {
    onRow: async (table: string, rowJson: string) => {
      if (table === 'audit_events' || table === 'audit_chain_heads') {
        const id = AUDIT_KEY.exec(rowJson)?.[1];
        if (id) audit.add(id);
      } else if (table === 'users') {
        for (const m of rowJson.matchAll(SEALED)) if (m[1]) secrets.add(m[1]);
      }
    },
    /** Refuses, naming the key file, when this installation lacks a key the backup needs. */
    assertServed: () =>
      assertKeysServe(
        keyring(),
        { auditKeyIds: [...audit], secretsKeyIds: [...secrets] },
        'このバックアップ',
        `元の環境の鍵ファイルを ${keyring().file} に置いてから、もう一度復元してください (復元先のデータベースは空なので、今ある鍵ファイルは置き換えて構いません)。`,
      ),
  };
}

/** Inside the restore's transaction, after the rows: an older backup's unkeyed chains and plaintext secrets. */
export async function keyRestoredRows(tx: Tx, now: Date): Promise<void> {
  await closeUnkeyedChains(tx, now);
  await encryptPlaintextSecrets(tx, systemActor('restore'), now);
}
