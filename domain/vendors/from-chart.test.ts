import { describe, expect, it } from 'vitest';
import { vendorKey } from '../assessment/vendor-forms.ts';
import { chartAdoptions } from './from-chart.ts';

const entry = (
  id: string,
  organizationName: string,
  more: Partial<{ category: string; side: string; providesMedicalSystem: boolean }> = {},
) => ({
  id,
  side: 'external',
  category: '事業者',
  organizationName,
  providesMedicalSystem: true,
  ...more,
});
const vendor = (id: string, name: string, contactEntryId: string | null = null) => ({ id, nameKey: vendorKey(name), contactEntryId });

describe('chartAdoptions', () => {
  it('creates a vendor for each 事業者 of the chart no vendor points to, and links the same company without a contact', () => {
    const plan = chartAdoptions(
      [entry('e1', 'A社'), entry('e2', '株式会社Ｂメディカル'), entry('e3', 'C社'), entry('e4', '  ')],
      [vendor('vb', 'Bメディカル(株)'), vendor('vc', 'C社', 'e3')],
    );
    expect(plan).toEqual([
      { kind: 'create', entryId: 'e1', name: 'A社' },
      { kind: 'link', entryId: 'e2', vendorId: 'vb', name: '株式会社Ｂメディカル' },
    ]);
  });

  it('leaves alone what is not a system vendor, a second entry of one company, and a company linked elsewhere', () => {
    const plan = chartAdoptions(
      [
        entry('e1', '清掃', { providesMedicalSystem: false }),
        entry('e2', '警察', { category: '警察' }),
        entry('e3', '院長', { side: 'internal' }),
        entry('e4', 'D社'),
        entry('e5', '株式会社D社'),
        entry('e6', 'E社'),
      ],
      [vendor('ve', 'E社', 'e9')],
    );
    expect(plan).toEqual([{ kind: 'create', entryId: 'e4', name: 'D社' }]);
  });
});
