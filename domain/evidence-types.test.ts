import { describe, expect, it } from 'vitest';
import { EVIDENCE_ACCEPT, evidenceRefusal, extensionOf, servedEvidenceType, storedEvidenceType } from './evidence-types.ts';
import { sniffContentType } from './sniff.ts';

const sniff = (s: string | number[]) => sniffContentType(typeof s === 'string' ? Buffer.from(s, 'latin1') : Buffer.from(s));
const KINDS = 'PDF、画像、Office 文書（マクロなし）、テキスト、CSV、ZIP を添付してください。';

describe('evidence kinds by list', () => {
  it('reads the extension of the base name only', () => {
    expect(extensionOf('規程.PDF')).toBe('pdf');
    expect(extensionOf('dir.v2/noext')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });

  it('refuses what is not on the list, naming the extension', () => {
    for (const ext of ['js', 'vbs', 'bat', 'cmd', 'ps1', 'hta', 'wsf', 'msi', 'jar', 'exe', 'scr', 'html', 'svg']) {
      expect(evidenceRefusal(`a.${ext}`, sniff('plain words'))).toBe(`この種類のファイル (.${ext}) は証跡として保存できません。${KINDS}`);
    }
    expect(evidenceRefusal('README', sniff('plain words'))).toBe(`拡張子のないファイルは証跡として保存できません。${KINDS}`);
    expect(evidenceRefusal('a.xlsm', sniff('PK\x03\x04'))).toMatch(/^マクロを含む形式の Office 文書 \(\.xlsm\)/);
    expect(evidenceRefusal('a.xls', sniff([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/^旧形式の Office 文書 \(\.xls\)/);
  });

  it('checks the content against the extension, executables first', () => {
    expect(evidenceRefusal('a.pdf', sniff('MZ\x90\x00'))).toBe(`Windows 実行ファイルは証跡として保存できません。${KINDS}`);
    expect(evidenceRefusal('a.pdf', sniff([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'ファイルの中身 (PNG) が拡張子と一致しません: a.pdf',
    );
    expect(evidenceRefusal('a.txt', sniff('#!/bin/sh'))).toMatch(/^スクリプトは証跡として保存できません/);
    expect(evidenceRefusal('a.pdf', sniff('%PDF-1.7'))).toBeNull();
    expect(evidenceRefusal('a.txt', sniff('<html><script>x</script>'))).toBeNull();
  });

  it('stores text as text and serves only kept kinds as themselves', () => {
    expect(storedEvidenceType('a.txt', sniff('<html>'))).toBe('text/plain');
    expect(storedEvidenceType('a.csv', sniff('a,b'))).toBe('text/csv');
    expect(storedEvidenceType('a.pdf', sniff('%PDF-1.7'))).toBe('application/pdf');
    expect(servedEvidenceType('application/pdf')).toBe('application/pdf');
    for (const t of ['text/html', 'image/svg+xml', 'application/xml', 'text/x-script', 'application/x-ole-storage']) {
      expect(servedEvidenceType(t)).toBe('application/octet-stream');
    }
  });

  it('offers the kept kinds to the file picker', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.png', '.docx', '.xlsx', '.pptx', '.txt', '.csv', '.zip']));
    expect(EVIDENCE_ACCEPT).not.toMatch(/\.(js|docm|xlsm|exe|html)\b/);
  });
});
