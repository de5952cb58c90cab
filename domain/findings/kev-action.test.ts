import { describe, expect, it } from 'vitest';
import { kevActionJa } from './kev-action.ts';

describe('KEV’s required action in Japanese', () => {
  it('reads the most common phrases whole', () => {
    expect(kevActionJa('Apply updates per vendor instructions.')).toEqual({
      ja: 'ベンダーの指示に従って更新プログラムを適用してください。',
      complete: true,
    });
    expect(
      kevActionJa('Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.'),
    ).toEqual({
      ja: 'ベンダーの指示に従って対策を適用してください。対策がない場合は製品の使用を中止してください。',
      complete: true,
    });
    expect(kevActionJa('The impacted product is end-of-life and should be disconnected if still in use.').ja).toBe(
      'この製品はサポートが終了しています。使用中であれば切り離してください。',
    );
  });

  it('reads the BOD 22-01 cloud guidance in its spellings (missing full stop, stray quote, no “applicable”)', () => {
    const expected =
      'ベンダーの指示に従って対策を適用してください。クラウドサービスについては CISA の BOD 22-01 (米国連邦機関向けの指令) の指針に従ってください。対策がない場合は製品の使用を中止してください。';
    for (const text of [
      'Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud services, or discontinue use of the product if mitigations are unavailable.',
      'Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud services, or discontinue use of the product if mitigations are unavailable',
      '"Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud services, or discontinue use of the product if mitigations are unavailable.',
      'Apply mitigations per vendor instructions, follow BOD 22-01 guidance for cloud services, or discontinue use of the product if mitigations are unavailable. ',
    ]) {
      expect(kevActionJa(text)).toEqual({ ja: expected, complete: true });
    }
  });

  it('reads the BOD 26-04 text sentence by sentence', () => {
    const r = kevActionJa(
      "Apply mitigations in accordance with vendor instructions, ensuring compliance with CISA’s BOD 26-04 Prioritizing Security Updates Based on Risk (see URL in Notes) guidance and CISA’s “Forensics Triage Requirements” (see URL in Notes). Follow applicable BOD 26-04 guidance for cloud services or discontinue use of the product if mitigations are unavailable. Stakeholders are responsible for evaluating each asset's internet exposure and ensuring adherence to BOD 26-04 patching guidelines.",
    );
    expect(r.complete).toBe(true);
    expect(r.ja).toContain('BOD 26-04 (米国連邦機関向けの指令)');
    expect(r.ja).toMatch(/責任です。$/);
  });

  it('says what it knows of a partly known text, and nothing of an unknown one', () => {
    const partial = kevActionJa(
      'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable. Check all affected Confluence instances for evidence of compromise per vendor instructions and report any positive findings to CISA.',
    );
    expect(partial).toEqual({
      ja: 'ベンダーの指示に従って対策を適用してください。対策がない場合は製品の使用を中止してください。',
      complete: false,
    });
    expect(kevActionJa('Contact the vendor for guidance on remediating firmware, per their advisory.').complete).toBe(true);
    expect(kevActionJa('Immediately block all internet traffic to and from affected products.')).toEqual({ ja: null, complete: false });
    expect(kevActionJa('')).toEqual({ ja: null, complete: false });
  });
});
