// The backup's table list against the schema: a new table must be either backed up or explicitly
// excluded, rows are ordered by the real primary key, and each table comes after the tables it references.
import { getTableName } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { schema } from '../../db/schema.ts';
import { BACKUP_TABLES, type BackupTable, EXCLUDED_TABLES, TABLE_KEYS } from './backup.format.ts';

const tables = Object.values(schema);
const listed = (name: string) => BACKUP_TABLES.includes(name as BackupTable);

describe('backup table list', () => {
  it('covers every table of the schema, either backed up or explicitly excluded', () => {
    const forgotten = tables.map(getTableName).filter((name) => !listed(name) && !(name in EXCLUDED_TABLES));
    expect(forgotten).toEqual([]);
    expect(tables.map(getTableName).sort()).toEqual([...BACKUP_TABLES, ...Object.keys(EXCLUDED_TABLES)].sort());
  });

  it('orders each table by its primary key', () => {
    for (const table of tables.filter((t) => listed(getTableName(t)))) {
      const config = getTableConfig(table);
      const key = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
      expect(TABLE_KEYS[config.name as BackupTable], config.name).toEqual(key);
    }
  });

  it('lists a table only after every table it references (rows are inserted in this order)', () => {
    for (const table of tables.filter((t) => listed(getTableName(t)))) {
      const config = getTableConfig(table);
      for (const fk of config.foreignKeys) {
        const referenced = getTableName(fk.reference().foreignTable);
        expect(listed(referenced), `${config.name} → ${referenced}`).toBe(true);
        expect(BACKUP_TABLES.indexOf(referenced as BackupTable), `${config.name} → ${referenced}`).toBeLessThan(
          BACKUP_TABLES.indexOf(config.name as BackupTable),
        );
      }
    }
  });
});
