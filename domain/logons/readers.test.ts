import { describe, expect, it } from 'vitest';
import type { LogonEvent } from './events.ts';
import { nxlogLine, VIEWER_JA, VIEWER_JA_LSM, WINEVENT_EN, WINEVENT_JA, WINLOGBEAT } from './fixtures.test-helpers.ts';
import { createReader, detectEncoding, detectFormat, type LogonFormat, type ReaderOptions, readLogonText } from './readers.ts';

/** A text through a reader in chunks of `size` characters. */
function stream(format: LogonFormat, text: string, size: number, options: ReaderOptions = {}) {
  const reader = createReader(format, options);
  const events: LogonEvent[] = [];
  for (let i = 0; i < text.length && !reader.stopped; i += size) events.push(...reader.push(text.slice(i, i + size)));
  events.push(...reader.end());
  return { events, verdict: reader.verdict(), reader };
}

const pick = (e: LogonEvent) => [e.eventId, e.account, e.logonClass, e.source, e.time];

describe('detectFormat and detectEncoding', () => {
  it('tells the three formats from their first text', () => {
    expect(detectFormat(VIEWER_JA)).toMatchObject({ ok: true, format: 'event-viewer-csv' });
    expect(detectFormat(VIEWER_JA_LSM)).toMatchObject({ ok: true, format: 'event-viewer-csv' });
    expect(detectFormat('Level,Date and Time,Source,Event ID,Task Category\r\n')).toMatchObject({ ok: true, format: 'event-viewer-csv' });
    expect(detectFormat(WINEVENT_JA.slice(0, 300))).toMatchObject({ ok: true, format: 'get-winevent-csv' });
    expect(detectFormat(WINEVENT_EN)).toMatchObject({ ok: true, format: 'get-winevent-csv' });
    expect(detectFormat(WINLOGBEAT)).toMatchObject({ ok: true, format: 'json-lines' });
  });

  it('says in Japanese what it cannot read', () => {
    expect(detectFormat('<Events><Event xmlns=…')).toMatchObject({ ok: false, message: expect.stringContaining('XML') });
    expect(detectFormat('ElfFile\u0000\u0000')).toMatchObject({ ok: false, message: expect.stringContaining('EVTX') });
    expect(detectFormat('[{"EventID":4624}]')).toMatchObject({ ok: false, message: expect.stringContaining('JSON Lines') });
    expect(detectFormat('"SamAccountName","Enabled"\r\n')).toMatchObject({ ok: false, message: expect.stringContaining('対応しています') });
    expect(detectFormat('')).toEqual({ ok: false, message: 'ファイルが空です' });
  });

  it('tells the encoding from a BOM, UTF-16 without one, UTF-8 or else Shift_JIS', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(new Uint8Array([0x7b, 0x00, 0x22, 0x00, 0x45, 0x00]))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    const utf8 = new TextEncoder().encode('レベル,日付と時刻');
    expect(detectEncoding(utf8)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    // a character cut at the end of the sample is still UTF-8
    expect(detectEncoding(utf8.subarray(0, 5))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    // 「アカウント」 in Shift_JIS
    expect(detectEncoding(new Uint8Array([0x83, 0x41, 0x83, 0x4a, 0x83, 0x45, 0x83, 0x93, 0x83, 0x67]))).toEqual({
      encoding: 'shift_jis',
      bomLength: 0,
    });
  });
});

describe("Event Viewer's 「名前を付けて保存」 CSV (Japanese)", () => {
  it('reads each record, its description over many lines, in Japan time, with the system the caller names', () => {
    const { events, verdict } = stream('event-viewer-csv', VIEWER_JA, 1 << 20, { computer: 'KARTE-SV01' });
    expect(verdict).toMatchObject({ ok: true, stats: { records: 8, events: 7, ignored: 1, malformed: 0 } });
    expect(events.map(pick)).toEqual([
      [4634, 'takahashi.i', 'rdp', null, '2026-11-30T14:40:02.000Z'],
      [4624, 'takahashi.i', 'rdp', '203.0.113.50', '2026-11-30T14:12:45.000Z'],
      [4625, 'saito.h', 'network', '192.168.10.21', '2026-11-30T00:05:10.000Z'],
      [4624, 'saito.h', 'interactive', '127.0.0.1', '2026-11-29T23:12:45.000Z'],
      [4672, 'saito.h', null, null, '2026-11-29T23:12:45.000Z'],
      [4624, 'yamada.t', 'network', '192.168.10.35', '2026-11-29T09:30:00.000Z'],
      [4625, 'nosuchuser', 'network', '203.0.113.77', '2026-11-29T09:29:00.000Z'],
    ]);
    const rdp = events[1];
    expect(rdp).toMatchObject({ kind: 'logon', logonType: 10, domain: 'BYOIN', workstation: 'KARTE-SV01', computer: 'karte-sv01' });
    expect(events[2]).toMatchObject({ kind: 'failure', status: '0xC000006D', subStatus: '0xC000006A' });
    expect(events[3]?.local).toBe(true);
    // each event names the line its record starts on, after the descriptions of many lines before it
    const starts = VIEWER_JA.split('\r\n').flatMap((l, i) => (/^(成功|失敗)の監査,/.test(l) && !l.includes(',4688,') ? [i + 1] : []));
    expect(events.map((e) => e.line)).toEqual(starts);
    expect(starts[1]).toBeGreaterThan(10);
  });

  it('gives the same events in chunks of any size', () => {
    const whole = stream('event-viewer-csv', VIEWER_JA, 1 << 20).events;
    for (const size of [1, 7, 64, 1000]) expect(stream('event-viewer-csv', VIEWER_JA, size).events).toEqual(whole);
  });

  it("reads LocalSessionManager's log: the session logon's user and address, ローカル as local", () => {
    const { events } = stream('event-viewer-csv', VIEWER_JA_LSM, 50, { computer: 'KARTE-SV01' });
    expect(events.map((e) => [e.kind, e.account, e.domain, e.source, e.local])).toEqual([
      ['rdp-session-logon', 'takahashi.i', 'BYOIN', '203.0.113.50', false],
      ['rdp-session-logon', 'saito.h', 'BYOIN', 'ローカル', true],
    ]);
  });

  it('names a record with the wrong number of columns, an unreadable date, a quote never closed', () => {
    const text = [
      'レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ',
      '情報,2026/11/30 8:00:00,Microsoft-Windows-Security-Auditing',
      '情報,昨日,Microsoft-Windows-Security-Auditing,4624,Logon,"x"',
      '情報,2026/11/30 8:00:00,Microsoft-Windows-Security-Auditing,4624,Logon,"アカウントが正常に',
    ].join('\r\n');
    const { verdict } = stream('event-viewer-csv', text, 10);
    expect(verdict.stats.problems).toEqual([
      { line: 2, message: '2 行目: 列の数が合いません (6 列のはずが 3 列)' },
      { line: 3, message: '3 行目: 日時「昨日」を読み取れません' },
      { line: 4, message: '4 行目: 引用符 (") が閉じられないままファイルが終わっています' },
    ]);
  });

  it('refuses a file whose header is not Event Viewer’s', () => {
    const { verdict, reader } = stream('event-viewer-csv', 'Name,Enabled\r\nsaito.h,True\r\n', 5);
    expect(reader.stopped).toBe(true);
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('1 行目 (見出し)') });
  });
});

describe('Get-WinEvent | Export-Csv', () => {
  it('reads Windows PowerShell 5.1 on ja-JP: #TYPE line, the Japanese Message, the target account not the subject', () => {
    const { events, verdict } = stream('get-winevent-csv', WINEVENT_JA, 333);
    expect(verdict).toMatchObject({ ok: true, stats: { records: 3, events: 3, malformed: 0 } });
    expect(events.map((e) => [e.kind, e.account, e.logonClass, e.source, e.time, e.computer])).toEqual([
      ['logon', 'takahashi.i', 'rdp', '203.0.113.50', '2026-11-30T14:12:45.000Z', 'karte-sv01.byoin.local'],
      ['failure', 'saito.h', 'network', '192.168.10.21', '2026-11-30T00:05:10.000Z', 'karte-sv01.byoin.local'],
      ['rdp-auth', 'takahashi.i', null, '203.0.113.50', '2026-11-30T14:12:43.000Z', 'karte-sv01.byoin.local'],
    ]);
    expect(events[1]?.subStatus).toBe('0xC000006A');
    expect(events[0]?.line).toBe(3);
  });

  it('reads PowerShell 7 on en-US: a few columns, English Message, en-US dates', () => {
    const { events, verdict } = stream('get-winevent-csv', WINEVENT_EN, 100);
    expect(verdict.ok).toBe(true);
    expect(events.map((e) => [e.account, e.time, e.status, e.subStatus, e.source, e.workstation, e.computer])).toEqual([
      ['administrator', '2026-11-30T14:12:45.000Z', '0xC000006D', '0xC000006A', '198.51.100.9', 'KALI', 'pacs-sv.byoin.local'],
      ['administrator', '2026-11-29T23:05:10.000Z', '0xC000006D', '0xC000006A', '198.51.100.9', 'KALI', 'pacs-sv.byoin.local'],
    ]);
  });

  it('reads a file exported with -UseCulture (semicolons) and refuses one without the needed columns', () => {
    const semicolons = WINEVENT_EN.replace(/","/g, '";"').replace(/",(?=")/g, '";');
    expect(stream('get-winevent-csv', semicolons, 64).events).toHaveLength(2);
    const { verdict } = stream('get-winevent-csv', '"TimeCreated","Id"\r\n"2026/11/30 8:00:00","4624"\r\n', 64);
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('Message') });
  });
});

describe('JSON lines', () => {
  it("reads winlogbeat's nested fields, TerminalServices' user_data, and ignores other event IDs", () => {
    const { events, verdict } = stream('json-lines', WINLOGBEAT, 97);
    expect(verdict).toMatchObject({ ok: true, stats: { records: 5, events: 4, ignored: 1, malformed: 0 } });
    expect(events.map((e) => [e.kind, e.account, e.domain, e.logonClass, e.source, e.time, e.computer])).toEqual([
      ['logon', 'takahashi.i', 'BYOIN', 'rdp', '203.0.113.50', '2026-11-30T14:12:45.123Z', 'karte-sv01.byoin.local'],
      ['failure', 'saito.h', 'BYOIN', 'network', '192.168.10.21', '2026-11-30T00:05:10.004Z', 'karte-sv01.byoin.local'],
      ['rdp-auth', 'takahashi.i', 'BYOIN', null, '203.0.113.50', '2026-11-30T14:12:43.500Z', 'karte-sv01.byoin.local'],
      ['rdp-session-logon', 'takahashi.i', 'BYOIN', null, '203.0.113.50', '2026-11-30T14:12:47.000Z', 'karte-sv01.byoin.local'],
    ]);
    expect(events[1]).toMatchObject({ status: '0xC000006D', subStatus: '0xC000006A' });
  });

  it("falls back to ECS's user and source when winlogbeat kept no EventData", () => {
    const line = JSON.stringify({
      '@timestamp': '2026-11-30T00:05:10.000Z',
      event: { code: '4625', outcome: 'failure' },
      winlog: { event_id: '4625', channel: 'Security', computer_name: 'KARTE-SV01' },
      user: { name: 'saito.h', domain: 'BYOIN' },
      source: { ip: '192.168.10.21' },
    });
    expect(stream('json-lines', line, 64).events[0]).toMatchObject({
      kind: 'failure',
      account: 'saito.h',
      domain: 'BYOIN',
      source: '192.168.10.21',
    });
  });

  it("reads NXLog's flat fields, its zoneless EventTime in the given offset (Japan by default)", () => {
    const line = nxlogLine({ time: '2026-11-30 08:12:45', user: 'saito.h', logonType: 2, address: '-' });
    expect(stream('json-lines', line, 10).events[0]).toMatchObject({
      time: '2026-11-29T23:12:45.000Z',
      account: 'saito.h',
      logonClass: 'interactive',
      local: true,
      source: null,
    });
    expect(stream('json-lines', line, 10, { utcOffset: '-04:00' }).events[0]?.time).toBe('2026-11-30T12:12:45.000Z');
  });

  it('skips a malformed line in the middle, names it by its line number and reads the rest', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      nxlogLine({ time: `2026-11-30 ${String(8 + (i % 10)).padStart(2, '0')}:00:00`, user: `user${i % 7}` }),
    );
    lines[499] = '{"EventID":4624,"EventTime":"2026-11-30 08:00:00","TargetUserName":"cut sho';
    const { events, verdict } = stream('json-lines', `${lines.join('\r\n')}\r\n`, 4096);
    expect(events).toHaveLength(999);
    expect(verdict).toEqual({
      ok: true,
      stats: expect.objectContaining({
        records: 1000,
        events: 999,
        malformed: 1,
        problems: [{ line: 500, message: '500 行目: JSON として読めません' }],
      }),
    });
  });

  it('ignores lines of other events without parsing them', () => {
    const text = ['{"EventID":4688,"EventTime":"2026-11-30 08:00:00", cut', nxlogLine({ time: '2026-11-30 08:00:00', user: 'a' })].join(
      '\n',
    );
    expect(stream('json-lines', text, 20).verdict).toMatchObject({ ok: true, stats: { records: 2, events: 1, ignored: 1, malformed: 0 } });
  });

  it('names lines without an event ID or time, and keeps only the first 20', () => {
    const lines = [
      '{"Hostname":"x"}',
      '{"EventID":4624,"EventTime":"someday"}',
      '[1,2]',
      ...Array.from({ length: 30 }, () => 'not json'),
      nxlogLine({ time: '2026-11-30 08:00:00', user: 'a' }),
    ];
    const { verdict } = stream('json-lines', lines.join('\n'), 50);
    expect(verdict.stats.malformed).toBe(33);
    expect(verdict.stats.problems).toHaveLength(20);
    expect(verdict.stats.problems.slice(0, 3).map((p) => p.message)).toEqual([
      '1 行目: イベント ID (EventID) がありません',
      '2 行目: 日時「someday」を読み取れません',
      '3 行目: 1 件のイベント (JSON のオブジェクト) ではありません',
    ]);
  });

  it('refuses the whole file when more than 1% of the lines, and at least 100, are malformed', () => {
    const good = (i: number) => nxlogLine({ time: '2026-11-30 08:00:00', user: `u${i % 5}` });
    const file = (total: number, bad: number) =>
      Array.from({ length: total }, (_, i) =>
        i % Math.floor(total / bad) === 3 && i / Math.floor(total / bad) < bad ? '<oops>' : good(i),
      ).join('\n');
    const refused = stream('json-lines', file(10_000, 150), 65_536).verdict;
    expect(refused.stats.malformed).toBe(150);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^10,000 件のうち 150 件 \(1\.5%\) が読めません \(「4 行目: JSON として読めません」「70 行目: .*取り込みませんでした/,
      ),
    });
    // 0.5%: summarised, the bad lines named
    expect(stream('json-lines', file(20_000, 100), 65_536).verdict).toMatchObject({ ok: true, stats: { malformed: 100 } });
    // 9.9% but fewer than 100: summarised
    expect(stream('json-lines', file(1000, 99), 65_536).verdict).toMatchObject({ ok: true, stats: { malformed: 99 } });
  });

  it('stops at once when the first 1,000 lines are all unreadable', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    const { reader, verdict } = stream('json-lines', text, 1000);
    expect(reader.stopped).toBe(true);
    expect(verdict.ok).toBe(false);
    expect(verdict.stats.records).toBe(1000);
  });

  it('does not hold a line longer than 1,000,000 characters: it is named and skipped', () => {
    const long = `{"EventID":4624,"x":"${'a'.repeat(1_200_000)}"}`;
    const text = [nxlogLine({ time: '2026-11-30 08:00:00', user: 'a' }), long, nxlogLine({ time: '2026-11-30 09:00:00', user: 'b' })].join(
      '\n',
    );
    const { events, verdict } = stream('json-lines', text, 100_000);
    expect(events.map((e) => e.account)).toEqual(['a', 'b']);
    expect(verdict.stats.problems).toEqual([{ line: 2, message: '2 行目: 1 行が長すぎます (1,000,000 文字を超えています)' }]);
    expect(events[1]?.line).toBe(3);
  });
});

describe('readLogonText', () => {
  it('detects and reads a whole small text', () => {
    const read = readLogonText(VIEWER_JA, { computer: 'KARTE-SV01' });
    expect(read).toMatchObject({ ok: true, format: 'event-viewer-csv' });
    if (read.ok) expect(read.events).toHaveLength(7);
    expect(readLogonText('<Events/>')).toMatchObject({ ok: false });
  });
});
