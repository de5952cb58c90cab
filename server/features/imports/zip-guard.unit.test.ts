// The zip guard trusts no size a zip declares: every entry is inflated as a stream and counted, and
// the guard stops at the first byte past what was declared or allowed (issue 11 item 2).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { ledgerXlsx, MANUAL_ROWS } from '../devices/ledger-files.test-helpers.ts';
import { buildZip, forgedBombXlsx, honestXlsx, xlsxEntries, zerosDeflated } from './zip.test-helpers.ts';
import { guardZip, inflateEntry, XLSX_LIMITS } from './zip-guard.ts';

async function refusal(bytes: Uint8Array, name = 'ledger.xlsx', limits = XLSX_LIMITS): Promise<string> {
  try {
    await guardZip(bytes, name, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_FILE_INVALID');
    return (err as AppError).message;
  }
  throw new Error('the guard let the file through');
}

const text = (n: number, seed = 1) => {
  let s = '';
  let x = seed;
  while (s.length < n) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += x.toString(36);
  }
  return s.slice(0, n);
};

describe('zip guard: honest files pass', () => {
  it('passes a small .xlsx and lists its entries with their real sizes', async () => {
    const entries = await guardZip(honestXlsx(), 'ledger.xlsx');
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(entries.every((e) => e.size > 0)).toBe(true);
  });

  it('passes an .xlsx as exceljs writes it', async () => {
    const entries = await guardZip(await ledgerXlsx(MANUAL_ROWS), '機器台帳.xlsx');
    expect(entries.some((e) => e.name === 'xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('passes stored entries and sizes written after the data (data descriptors)', async () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'stored text', method: 0 },
      { name: 'b.txt', data: text(5000), descriptor: true },
    ]);
    const entries = await guardZip(zip, 'a.zip');
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['a.txt', 11],
      ['b.txt', 5000],
    ]);
    expect((await inflateEntry(zip, entries[1] as (typeof entries)[number], 100)).toString()).toBe(text(5000).slice(0, 100));
  });

  it('passes an .xlsx as LibreOffice writes it (deflated, sizes in data descriptors)', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-zip-'));
    try {
      fs.writeFileSync(path.join(dir, 'ledger.csv'), '管理番号,コンピュータ名,IPアドレス\nPC-001,gairai-pc01,192.168.10.101\n');
      execFileSync(
        'libreoffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          path.join(dir, 'ledger.csv'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'ledger.xlsx')));
      const entries = await guardZip(bytes, 'ledger.xlsx');
      expect(entries.some((e) => e.name === 'xl/worksheets/sheet1.xml')).toBe(true);
      expect(entries.some((e) => (e.flags & 8) === 8)).toBe(true); // the writer's own data descriptors
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('zip guard: sizes that lie', () => {
  it('stops the issue’s bomb (1,000 bytes declared, 2 GiB inside) at the declared size, in bounded memory', async () => {
    const bomb = forgedBombXlsx(2048, 1000);
    expect(bomb.byteLength).toBeLessThan(3 * 1024 * 1024);
    const before = process.memoryUsage();
    const started = performance.now();
    const message = await refusal(bomb, 'bomb.xlsx');
    expect(message).toBe(
      '「bomb.xlsx」の「xl/worksheets/sheet1.xml」は、記録された大きさ (1,000 バイト) を超えて展開されます。大きさを偽った zip (zip 爆弾) の疑いがあるため受け付けません。',
    );
    expect(performance.now() - started).toBeLessThan(1000); // it stopped early, not after inflating 2 GiB
    const after = process.memoryUsage();
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a local header whose size differs from the central directory', async () => {
    const zip = buildZip(xlsxEntries({ name: 'xl/worksheets/sheet1.xml', data: text(3000), localSize: 1000 }));
    expect(await refusal(zip)).toMatch(/^「ledger\.xlsx」の「xl\/worksheets\/sheet1\.xml」は.*大きさが違います/);
  });

  it('refuses an entry that inflates to less than it declares, and a wrong CRC-32', async () => {
    expect(await refusal(honestXlsx({ declaredSize: 900_000 }))).toMatch(/より小さく展開されました/);
    expect(await refusal(honestXlsx({ crc: 12345 }))).toMatch(/CRC-32.*一致しません/);
  });

  it('refuses a data descriptor that contradicts the central directory', async () => {
    const zip = Buffer.from(buildZip([{ name: 'b.txt', data: text(5000), descriptor: true }]));
    const body = zip.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]));
    zip.writeUInt32LE(4000, body + 12); // the descriptor's uncompressed size
    expect(await refusal(new Uint8Array(zip), 'a.zip')).toMatch(/「a\.zip」の「b\.txt」は.*大きさが違います/);
  });

  it('refuses a stored entry whose sizes differ', async () => {
    expect(await refusal(buildZip([{ name: 'a.txt', data: 'abc', method: 0, declaredSize: 2 }]), 'a.zip')).toMatch(/「a\.txt」/);
  });
});

describe('zip guard: limits on what is really inside', () => {
  it('refuses an honest entry beyond the ratio without inflating it all', async () => {
    const zip = buildZip(
      xlsxEntries({ name: 'xl/worksheets/sheet1.xml', data: '', raw: zerosDeflated(64), declaredSize: 64 * 1048576, crc: 0 }),
    );
    expect(await refusal(zip)).toMatch(/^「ledger\.xlsx」の「xl\/worksheets\/sheet1\.xml」は圧縮率が異常です \(\d+ 倍\)。zip 爆弾の疑い/);
  });

  it('refuses entries whose real total exceeds the limit', async () => {
    const zip = buildZip([
      { name: 'a.txt', data: text(600_000, 1) },
      { name: 'b.txt', data: text(600_000, 2) },
    ]);
    expect(await refusal(zip, 'a.zip', { ...XLSX_LIMITS, maxTotalBytes: 1024 * 1024 })).toBe(
      '「a.zip」は展開すると大きすぎます (上限 1 MB)。',
    );
  });

  it('refuses one entry over the per-entry limit', async () => {
    const zip = buildZip([{ name: 'a.txt', data: text(600_000) }]);
    expect(await refusal(zip, 'a.zip', { ...XLSX_LIMITS, maxEntryBytes: 512 * 1024 })).toMatch(/「a\.txt」は展開すると大きすぎます/);
  });

  it('refuses too many entries', async () => {
    const zip = buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    expect(await refusal(zip, 'a.zip', { ...XLSX_LIMITS, maxEntries: 5 })).toMatch(/多すぎます \(6 個、上限 5 個\)/);
  });

  it('refuses an entry whose data lies inside another entry’s (overlapping entries, the non-recursive bomb)', async () => {
    const inner = Buffer.from(buildZip([{ name: 'b.txt', data: text(1000) }]));
    const localB = inner.subarray(0, inner.readUInt32LE(inner.length - 22 + 16)); // b.txt's local header and data
    const zip = buildZip([
      { name: 'a.bin', data: localB, method: 0 },
      { name: 'b.txt', data: text(1000), offset: 30 + 'a.bin'.length },
    ]);
    expect(await refusal(zip, 'a.zip')).toBe('「a.zip」の「b.txt」は他の項目とデータが重なっています (zip 爆弾の疑い)。受け付けません。');
  });
});

describe('zip guard: entries it does not read', () => {
  it('refuses encrypted entries', async () => {
    expect(await refusal(buildZip([{ name: 'secret.txt', data: 'x', flags: 1 }]), 'a.zip')).toMatch(
      /「a\.zip」の「secret\.txt」は暗号化 \(パスワード付き\) されています/,
    );
  });

  it('refuses zip64, by its locator, its sizes or its extra field', async () => {
    expect(await refusal(buildZip([{ name: 'a.txt', data: 'x' }], { zip64Locator: true }), 'a.zip')).toMatch(/ZIP64/);
    expect(await refusal(buildZip([{ name: 'a.txt', data: 'x', declaredSize: 0xffffffff }]), 'a.zip')).toMatch(/ZIP64/);
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(8, 2);
    expect(await refusal(buildZip([{ name: 'a.txt', data: 'x', extra }]), 'a.zip')).toMatch(/ZIP64/);
  });

  it('refuses compression methods other than stored and deflate', async () => {
    expect(await refusal(buildZip([{ name: 'a.txt', data: 'x', method: 12, raw: new Uint8Array([1, 2, 3]) }]), 'a.zip')).toMatch(
      /対応していない圧縮方式 \(12\)/,
    );
  });

  it('refuses duplicate names (also differing in case only)', async () => {
    const zip = buildZip([
      { name: 'xl/Workbook.xml', data: 'a' },
      { name: 'xl/workbook.xml', data: 'b' },
    ]);
    expect(await refusal(zip)).toMatch(/同じ名前の項目が 2 つあります: 「xl\/workbook\.xml」/);
  });

  it('refuses names that climb out of the folder or are absolute', async () => {
    for (const name of ['../evil.txt', 'a/../../evil.txt', '/etc/passwd', 'C:/Windows/x.txt', 'a\\..\\..\\x.txt']) {
      expect(await refusal(buildZip([{ name, data: 'x' }]), 'a.zip')).toMatch(/安全ではありません/);
    }
  });

  it('refuses what is not a zip, and a zip cut short', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n'))).toBe('「ledger.xlsx」を読めません (zip 形式ではありません)。');
    const zip = honestXlsx();
    expect(await refusal(zip.subarray(0, zip.length - 30))).toMatch(/zip 形式ではありません|壊れています/);
    const broken = Buffer.from(buildZip([{ name: 'a.txt', data: text(3000) }]));
    broken.fill(0xff, 40, 200); // the deflate data
    expect(await refusal(new Uint8Array(broken), 'a.zip')).toMatch(/壊れています|一致しません|大きさ/);
  });

  it('reads an unflagged UTF-8 name as macOS writes it, and refuses control characters in names', async () => {
    const mac = buildZip([{ name: '', nameBytes: Buffer.from('規程/運用管理規程.txt'), data: 'x', flags: 1 }]);
    expect(await refusal(mac, '証跡.zip')).toMatch(/^「証跡\.zip」の「規程\/運用管理規程\.txt」は暗号化/);
    expect(await refusal(buildZip([{ name: 'a\nb.txt', data: 'x' }]), 'a.zip')).toMatch(/安全ではありません/);
    const passes = await guardZip(
      buildZip([{ name: '', nameBytes: Buffer.from([0x82, 0xa0, 0xff, 0x2e, 0x74, 0x78, 0x74]), data: 'x' }]),
      'a.zip',
    );
    expect(passes).toHaveLength(1); // an undecodable name is shown as best it can be, not refused
  });

  it('names an entry whose Japanese name is written without the UTF-8 flag (CP932)', async () => {
    const zip = buildZip([{ name: '', nameBytes: iconv.encode('規程/運用管理規程.txt', 'cp932'), data: 'x', flags: 1 }]);
    expect(await refusal(zip, '証跡.zip')).toMatch(/^「証跡\.zip」の「規程\/運用管理規程\.txt」は暗号化/);
  });
});
