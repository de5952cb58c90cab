import { describe, expect, it } from 'vitest';
import { checkConnection } from '../connections/connection.ts';
import { checkDevice } from './device.ts';
import { readStatus } from './status.ts';

describe('状態 as institutions write it', () => {
  it('reads the manual’s sample values (稼働, 停止) and their variants in width, kana and kanji', () => {
    for (const w of ['稼働', '稼動', '稼働中', '稼動中', ' 稼働 ', '使用中', 'active', 'In Use']) expect(readStatus(w)).toBe('active');
    for (const w of ['停止', '停止中', '休止', '休止中', 'Stopped', 'suspended']) expect(readStatus(w)).toBe('stopped');
    for (const w of ['メンテナンス中', 'ﾒﾝﾃﾅﾝｽ中', 'めんてなんす中', 'メンテナンス', 'メンテ中', 'ＭＡＩＮＴＥＮＡＮＣＥ'])
      expect(readStatus(w)).toBe('maintenance');
    expect(readStatus('予備')).toBe('spare');
    expect(readStatus('故障')).toBe('broken');
    for (const w of ['廃棄', '撤去', '廃止', 'removed', 'retired']) expect(readStatus(w)).toBe('retired');
    expect(readStatus('廃棄検討中')).toBeUndefined();
    expect(readStatus('')).toBeUndefined();
  });

  it('refuses an unknown value naming the field and the accepted words, in the ledger and the 外部接続点 alike', () => {
    const device = checkDevice({ hostname: 'pc1', status: '廃棄検討中' }, { status: '状態' });
    expect(device.ok).toBe(false);
    if (!device.ok) {
      expect(device.problems).toEqual([
        { field: 'status', message: expect.stringContaining('状態: 「廃棄検討中」は状態として読み取れません') },
      ]);
      expect(device.problems[0]?.message).toContain('稼働中 (稼働・稼動)、停止中 (停止・休止)、メンテナンス中、予備、故障、廃棄');
    }
    const point = checkConnection({ name: 'VPN', status: '廃棄検討中' });
    expect(point.ok || point.problems.map((p) => p.field)).toEqual(['status']);
  });

  it('gives the ledger and the 外部接続点 the same status for the same word (API and form)', () => {
    for (const w of ['稼働', '停止', 'メンテナンス中', '予備', '故障', '廃棄']) {
      const device = checkDevice({ status: w });
      const point = checkConnection({ name: 'VPN', status: w });
      expect(device.ok && point.ok && device.values.status === point.values.status).toBe(true);
    }
    expect(checkConnection({ name: 'VPN', status: '停止' })).toMatchObject({ ok: true, values: { status: 'stopped' } });
    expect(checkDevice({ status: 'メンテナンス中' })).toMatchObject({ ok: true, values: { status: 'maintenance' } });
  });
});
