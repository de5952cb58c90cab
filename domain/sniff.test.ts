import { describe, expect, it } from 'vitest';
import { sniffContentType } from './sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('content sniffing', () => {
  it('recognises common evidence formats by their first bytes', () => {
    expect(sniffContentType(bytes('%PDF-1.7\n')).type).toBe('application/pdf');
    expect(sniffContentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).type).toBe('image/png');
    expect(sniffContentType(bytes([0xff, 0xd8, 0xff, 0xe0])).type).toBe('image/jpeg');
    expect(sniffContentType(bytes('PK\x03\x04....[Content_Types].xml....xl/workbook.xml')).label).toBe('Excel (.xlsx)');
    expect(sniffContentType(Buffer.from('管理番号,メーカー\n1,富士通\n')).type).toBe('text/plain');
    expect(sniffContentType(bytes([0, 0, 0, 0x18], 'ftypheic')).type).toBe('image/heic');
    expect(sniffContentType(bytes([0x49, 0x49, 0x2a, 0])).type).toBe('image/tiff');
    expect(sniffContentType(bytes([0xff, 0xfe], 'a\0')).type).toBe('text/plain');
  });

  it('flags executables and scripts', () => {
    expect(sniffContentType(bytes('MZ\x90\x00')).executable).toBe(true);
    expect(sniffContentType(bytes([0x7f, 0x45, 0x4c, 0x46])).executable).toBe(true);
    expect(sniffContentType(bytes('#!/bin/sh\nrm -rf /')).executable).toBe(true);
    expect(sniffContentType(bytes([0x4c, 0, 0, 0, 1, 0x14, 2, 0])).executable).toBe(true);
    expect(sniffContentType(bytes([0xca, 0xfe, 0xba, 0xbe])).executable).toBe(true);
  });

  it('recognises HTML and SVG so they are never served as such', () => {
    expect(sniffContentType(bytes('  <!DOCTYPE html><html>')).type).toBe('text/html');
    expect(sniffContentType(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">')).type).toBe('image/svg+xml');
  });
});
