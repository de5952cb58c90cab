// Zips made byte by byte for the tests: honest ones, and hostile ones the guard must refuse — sizes
// that lie, encrypted or zip64 entries, names that climb out of the folder, and the bomb of issue 11
// (an .xlsx whose sheet declares 1,000 bytes and inflates to gigabytes).
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface TestEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default) */
  method?: number;
  /** the compressed bytes to write instead of compressing `data` */
  raw?: Uint8Array;
  /** the uncompressed size written in both headers (default: the real one) */
  declaredSize?: number;
  /** the uncompressed size written in the local header only */
  localSize?: number;
  crc?: number;
  /** general purpose flags (1 = encrypted) */
  flags?: number;
  /** sizes after the data (bit 3), as LibreOffice writes them */
  descriptor?: boolean;
  /** an extra field for the central header */
  extra?: Uint8Array;
  /** where the central header says the local header is (default: where it is) */
  offset?: number;
  /** the name as bytes without the UTF-8 flag, as older Japanese Windows writes it (CP932) */
  nameBytes?: Uint8Array;
}

const u16 = (v: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
};
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};

export function buildZip(entries: TestEntry[], opts: { zip64Locator?: boolean; comment?: string } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(typeof e.data === 'string' ? Buffer.from(e.data) : e.data);
    const method = e.method ?? 8;
    const body = Buffer.from(e.raw ?? (method === 8 ? deflateRawSync(data) : data));
    const name = Buffer.from(e.nameBytes ?? Buffer.from(e.name));
    const crc = e.crc ?? crc32(data);
    const size = e.declaredSize ?? data.length;
    const flags = (e.flags ?? 0) | (e.descriptor ? 8 : 0) | (e.nameBytes ? 0 : 0x800);
    const common = [u16(20), u16(flags), u16(method), u16(0), u16(0x21)];
    const sizes = (usize: number) => [u32(crc), u32(body.length), u32(usize)];
    const local = Buffer.concat([
      u32(0x04034b50),
      ...common,
      ...(e.descriptor ? [u32(0), u32(0), u32(0)] : sizes(e.localSize ?? size)),
      u16(name.length),
      u16(0),
      name,
      body,
      e.descriptor ? Buffer.concat([u32(0x08074b50), ...sizes(size)]) : Buffer.alloc(0),
    ]);
    const extra = Buffer.from(e.extra ?? new Uint8Array());
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        ...sizes(size),
        u16(name.length),
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(e.offset ?? offset),
        name,
        extra,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const locator = opts.zip64Locator ? Buffer.concat([u32(0x07064b50), u32(0), u32(0), u32(0), u32(1)]) : Buffer.alloc(0);
  const comment = Buffer.from(opts.comment ?? '');
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(comment.length),
    comment,
  ]);
  return new Uint8Array(Buffer.concat([...locals, central, locator, end]));
}

/** The parts every .xlsx has, around a sheet given by the caller. */
export function xlsxEntries(sheet: TestEntry): TestEntry[] {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="機器台帳" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>`,
    },
    sheet,
  ];
}

const SHEET_XML =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>管理番号</t></is></c><c r="B1" t="inlineStr"><is><t>コンピュータ名</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>PC-001</t></is></c><c r="B2" t="inlineStr"><is><t>gairai-pc01</t></is></c></row>' +
  '</sheetData></worksheet>';

/** A small, honest .xlsx that exceljs reads: one sheet with a header row and one device. */
export const honestXlsx = (sheet: Partial<TestEntry> = {}) =>
  buildZip(xlsxEntries({ name: 'xl/worksheets/sheet1.xml', data: SHEET_XML, ...sheet }));

/**
 * A raw deflate stream of `megabytes` MiB of zeros, built from one compressed MiB repeated (each copy
 * ends on a full flush, so copies chain) and a final empty block: 2 GiB costs about 2 MB and no time.
 */
export function zerosDeflated(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), end]);
}

/** The bomb of issue 11: a valid .xlsx whose sheet declares `declared` bytes (local and central) and inflates to `megabytes` MiB. */
export function forgedBombXlsx(megabytes = 2048, declared = 1000): Uint8Array {
  return buildZip(
    xlsxEntries({ name: 'xl/worksheets/sheet1.xml', data: '', raw: zerosDeflated(megabytes), declaredSize: declared, crc: 0 }),
  );
}
