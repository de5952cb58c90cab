// Use case: read the annex answers of an MDS/SDS from the vendor's own sheet (CSV or Excel) for the
// person to check in the form; nothing is stored here. The file is read only after the caller is known
// to be allowed to record MDS/SDS for the organisation.
import { readAnnexSheet } from '../../../domain/vendors/annex-sheet.ts';
import { ANNEX_SIZE, DISCLOSURE_KINDS, type DisclosureKind } from '../../../domain/vendors/disclosure.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import type { Caller } from '../caller.ts';
import { type Cell, isFormula, readTable } from '../imports/tabular.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';

export interface AnnexFile {
  name: string;
  bytes: Uint8Array;
  kind: string;
  sheet?: string | undefined;
}

const text = (c: Cell): string => {
  const v = isFormula(c) ? c.value : c;
  return v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? '');
};

export async function readAnnex(deps: Deps, caller: Caller, orgId: string, receive: () => Promise<AnnexFile>) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const file = await receive();
  if (!(DISCLOSURE_KINDS as readonly string[]).includes(file.kind)) {
    throw new AppError('VALIDATION', 'MDS か SDS かを選んでください。', {
      fields: [{ field: 'kind', message: 'MDS か SDS かを選んでください' }],
    });
  }
  const kind = file.kind as DisclosureKind;
  const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  const table = await readTable(file.bytes, { format: zip ? 'xlsx' : 'csv', sheet: file.sheet, fileName: file.name });
  const result = readAnnexSheet(
    kind,
    table.rows.map((r) => ({ row: r.row, cells: r.cells.map(text) })),
  );
  const read = Object.keys(result.answers).length;
  if (read === 0) {
    const message = `${kind.toUpperCase()} の別紙の回答 (項目番号とはい・いいえ・対象外) を読み取れませんでした。項目番号の列と回答の列があるか確認してください。`;
    throw new AppError('VALIDATION', message, { fields: [{ field: 'file', message }] });
  }
  return { kind, ...result, read, total: ANNEX_SIZE[kind], sheet: table.sheet, sheets: table.sheets };
}
