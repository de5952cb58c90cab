import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './file-name.ts';

describe('the name a downloaded file is saved under', () => {
  it("takes the server's UTF-8 name first", () => {
    expect(
      fileNameFrom(
        `attachment; filename="checklist.pdf"; filename*=UTF-8''${encodeURIComponent('令和7年度 医療機関確認用.pdf')}`,
        '/x/export.pdf',
      ),
    ).toBe('令和7年度 医療機関確認用.pdf');
  });
  it('falls back to the plain name, then to the URL', () => {
    expect(fileNameFrom('attachment; filename="audit-checkpoint.json"', '/api/x')).toBe('audit-checkpoint.json');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A; filename=plain.csv", '/api/x')).toBe('plain.csv');
    expect(fileNameFrom(null, '/api/orgs/1/devices/export?format=csv')).toBe('export');
    expect(fileNameFrom(null, '/')).toBe('download');
  });
});
