import { describe, expect, it } from 'vitest';
import { orgInputSchema } from './organization-input.ts';

describe('organisation input', () => {
  it('normalises full-width input (NFKC) as typed on a Japanese PC', () => {
    const org = orgInputSchema.parse({
      slug: 'ｙａｍａｄａ-1',
      name: ' 山田クリニック ',
      kind: 'clinic',
      medicalInstitutionCode: '１３１２３４５６７８',
      bedCount: 0,
    });
    expect(org.slug).toBe('yamada-1');
    expect(org.name).toBe('山田クリニック');
    expect(org.medicalInstitutionCode).toBe('1312345678');
  });

  it('names each wrong field', () => {
    const r = orgInputSchema.safeParse({ slug: 'A B', name: '', kind: 'castle', prefecture: '東京', medicalInstitutionCode: '12' });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['kind', 'medicalInstitutionCode', 'name', 'prefecture', 'slug']);
  });

  it('treats empty optional fields as absent', () => {
    const org = orgInputSchema.parse({ slug: 'ok-1', name: 'x', kind: 'pharmacy', address: '', medicalInstitutionCode: '' });
    expect(org.address).toBeNull();
    expect(org.medicalInstitutionCode).toBeNull();
  });
});
