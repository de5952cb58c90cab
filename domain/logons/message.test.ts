import { describe, expect, it } from 'vitest';
import { CsvStream } from './csv-stream.ts';
import { VIEWER_JA, VIEWER_JA_LSM, WINEVENT_EN, WINEVENT_JA } from './fixtures.test-helpers.ts';
import { readMessage, readMessageFully } from './message.ts';

describe('readMessage', () => {
  it("takes 4624's account from 新しいログオン, not from サブジェクト", () => {
    const text = [
      'アカウントが正常にログオンしました。',
      '',
      'サブジェクト:',
      '\tアカウント名:\t\tKARTE-SV01$',
      '\tアカウント ドメイン:\t\tBYOIN',
      '',
      'ログオン情報:',
      '\tログオン タイプ:\t\t10',
      '',
      '新しいログオン:',
      '\tアカウント名:\t\ttakahashi.i',
      '\tアカウント ドメイン:\t\tBYOIN',
      '',
      'ネットワーク情報:',
      '\tワークステーション名:\tKARTE-SV01',
      '\tソース ネットワーク アドレス:\t203.0.113.50',
    ].join('\r\n');
    expect(readMessage(4624, text)).toEqual({
      user: 'takahashi.i',
      domain: 'BYOIN',
      logonType: '10',
      address: '203.0.113.50',
      workstation: 'KARTE-SV01',
      status: '',
      subStatus: '',
    });
  });

  it("takes 4625's account and sub status in English", () => {
    const text =
      'An account failed to log on.\n\nSubject:\n\tAccount Name:\t\t-\n\nLogon Type:\t\t\t3\n\nAccount For Which Logon Failed:\n\tAccount Name:\t\tadmin\n\tAccount Domain:\t\tBYOIN\n\nFailure Information:\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC0000064\n\nNetwork Information:\n\tSource Network Address:\t198.51.100.9';
    expect(readMessage(4625, text)).toMatchObject({
      user: 'admin',
      logonType: '3',
      status: '0xC000006D',
      subStatus: '0xC0000064',
      address: '198.51.100.9',
    });
  });

  it("takes 4648's account whose credentials were used, 4778's client, TerminalServices' user", () => {
    const explicit =
      'A logon was attempted using explicit credentials.\r\n\r\nSubject:\r\n\tAccount Name:\t\tWORKSTATION5$\r\n\r\nAccount Whose Credentials Were Used:\r\n\tAccount Name:\t\tpgustavo\r\n\tAccount Domain:\t\tTHESHIRE\r\n\r\nNetwork Information:\r\n\tNetwork Address:\t1.2.3.4\r\n\tPort:\t\t\t0';
    expect(readMessage(4648, explicit)).toMatchObject({ user: 'pgustavo', domain: 'THESHIRE', address: '1.2.3.4' });
    const reconnect =
      'セッションがウィンドウ ステーションに再接続されました。\r\n\r\nサブジェクト:\r\n\tアカウント名:\t\tsaito.h\r\n\tアカウント ドメイン:\t\tBYOIN\r\n\r\nセッション:\r\n\tセッション名:\t\tRDP-Tcp#5\r\n\r\n追加情報:\r\n\tクライアント名:\t\tNS-PC07\r\n\tクライアント アドレス:\t\t192.168.10.35';
    expect(readMessage(4778, reconnect)).toMatchObject({ user: 'saito.h', workstation: 'NS-PC07', address: '192.168.10.35' });
    expect(
      readMessage(
        25,
        'Remote Desktop Services: Session reconnection succeeded:\r\n\r\nUser: THESHIRE\\pgustavo\r\nSession ID: 2\r\nSource Network Address: 1.2.3.4',
      ),
    ).toMatchObject({
      user: 'THESHIRE\\pgustavo',
      address: '1.2.3.4',
    });
  });
});

describe('the quick reading', () => {
  it('reads every fixture description as the full reading does', () => {
    const records = (text: string, id: number, message: number) => {
      const csv = new CsvStream();
      return [...csv.push(text), ...csv.end()].slice(1).map((r) => ({ id: Number(r.cells[id]), message: r.cells[message] ?? '' }));
    };
    const all = [
      ...records(VIEWER_JA.slice(1), 3, 5),
      ...records(VIEWER_JA_LSM.slice(1), 3, 5),
      ...records(WINEVENT_JA.split('\r\n').slice(1).join('\r\n'), 1, 0),
      ...records(WINEVENT_EN, 1, 4),
    ];
    expect(all).toHaveLength(15);
    for (const r of all) expect(readMessage(r.id, r.message), `${r.id}`).toEqual(readMessageFully(r.id, r.message));
  });

  it('leaves a description written another way (full-width colons, other spacing) to the full reading', () => {
    const text =
      '新しい ログオン：\r\n\tアカウント名：\ttakahashi.i\r\n\tアカウントドメイン：\tBYOIN\r\nネットワーク情報：\r\n\tソース ネットワーク アドレス：\t203.0.113.50';
    expect(readMessage(4624, text)).toMatchObject({ user: 'takahashi.i', domain: 'BYOIN', address: '203.0.113.50' });
  });
});
