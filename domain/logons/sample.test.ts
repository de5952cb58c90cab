// The real NXLog sample (OTRF Security-Datasets SDWIN-191027055035, BSD-3-Clause; 51 lines of
// im_msvistalog JSON: 4624 types 3/5/7, 4634, 4648, 4672, 4778, 1149, LSM 25) through the JSON-lines
// reader, the summary and the findings. The samples live beside the checkout (server/test/samples.ts
// names them for the server's tests; domain/ may not import server/, so its pattern is copied here):
// a machine without them skips this file; under CI their absence fails the run instead.
// biome-ignore lint/style/noRestrictedImports: a test reads the real sample file; the code under test does no I/O
import fs from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: as above
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogonEvent } from './events.ts';
import { logonFindings } from './logon-findings.ts';
import { readMessage, readMessageFully } from './message.ts';
import { createReader, detectEncoding, detectFormat, type ReaderOptions } from './readers.ts';
import { createSummary } from './summary.ts';

const SAMPLES = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'samples');
const haveSamples = fs.existsSync(SAMPLES);
if (!haveSamples && process.env.CI) {
  throw new Error(`CI: the reference samples are missing at ${SAMPLES}; the tests that read them would be skipped`);
}
const SAMPLE = path.join(SAMPLES, 'windows-events', 'otrf-rdp_interactive_taskmanager_lsass_dump.logon-subset.jsonl');

function read(options: ReaderOptions) {
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const reader = createReader('json-lines', options);
  const events: LogonEvent[] = [];
  // in chunks that cut lines (and UTF-8 would be cut by the caller's streaming decoder, not here)
  for (let i = 0; i < text.length; i += 1000) events.push(...reader.push(text.slice(i, i + 1000)));
  events.push(...reader.end());
  return { events, verdict: reader.verdict() };
}

describe.skipIf(!haveSamples)('the OTRF NXLog sample', () => {
  // the dataset was recorded in US Eastern summer time: NXLog's EventTime is the collector's local time
  const { events, verdict } = haveSamples ? read({ utcOffset: '-04:00' }) : { events: [], verdict: null };

  it('is UTF-8 JSON lines', () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectFormat(new TextDecoder().decode(bytes.subarray(0, 4096)))).toMatchObject({ ok: true, format: 'json-lines' });
  });

  it('reads all 51 lines as logon events, none malformed', () => {
    expect(verdict).toMatchObject({ ok: true, stats: { records: 51, events: 51, ignored: 0, malformed: 0, zoneDoubts: 0 } });
    const kinds = new Map<string, number>();
    for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      logon: 18,
      logoff: 14,
      'special-privileges': 14,
      explicit: 2,
      'rdp-auth': 1,
      'rdp-session-reconnect': 1,
      reconnect: 1,
    });
  });

  it("takes TerminalServices' user from the Message (not NXLog's AccountName, which is the System UserID)", () => {
    const rdpAuth = events.find((e) => e.eventId === 1149);
    expect(rdpAuth).toMatchObject({
      account: 'pgustavo',
      domain: 'theshire',
      source: '1.2.3.4',
      computer: 'workstation5.theshire.local',
      line: 6,
    });
    expect(events.find((e) => e.eventId === 25)).toMatchObject({ account: 'pgustavo', domain: 'THESHIRE', source: '1.2.3.4' });
    expect(events.find((e) => e.eventId === 4778)).toMatchObject({ account: 'pgustavo', source: '1.2.3.4', workstation: 'robertos-mbp' });
  });

  it('reads the logon types, machine and built-in accounts, and ::1 as local', () => {
    const first = events.find((e) => e.eventId === 4624);
    expect(first).toMatchObject({
      account: 'mordordc$',
      accountKind: 'machine',
      logonType: 3,
      logonClass: 'network',
      local: true,
      source: '::1',
    });
    expect(events.find((e) => e.logonType === 5)).toMatchObject({
      account: 'system',
      accountKind: 'builtin',
      logonClass: 'service',
      source: null,
    });
    expect(events.filter((e) => e.logonClass === 'unlock').map((e) => e.account)).toContain('pgustavo');
    // 4672's account is its subject
    expect(events.find((e) => e.eventId === 4672)?.account).toBe('mordordc$');
  });

  it("reads EventTime in the collector's offset: within seconds before logstash's @timestamp", () => {
    const lines = fs.readFileSync(SAMPLE, 'utf8').trim().split('\n');
    for (const e of events) {
      const stamp = Date.parse((JSON.parse(lines[e.line - 1] ?? '{}') as { '@timestamp': string })['@timestamp']);
      const gap = stamp - Date.parse(e.time);
      expect(gap, `line ${e.line}`).toBeGreaterThanOrEqual(0);
      expect(gap, `line ${e.line}`).toBeLessThan(10_000);
    }
  });

  it("reads each real Message (Windows' English wording) the quick way as the full way does", () => {
    const lines = fs.readFileSync(SAMPLE, 'utf8').trim().split('\n');
    for (const line of lines) {
      const record = JSON.parse(line) as { EventID: number; Message: string };
      expect(readMessage(record.EventID, record.Message), `${record.EventID}`).toEqual(readMessageFully(record.EventID, record.Message));
    }
  });

  it('says when the offset given does not fit the file, and which would', () => {
    const japan = read({});
    expect(japan.verdict.stats).toMatchObject({ zoneDoubts: 51, suggestedOffset: '-04:00' });
  });

  it('summarises and finds the RDP logon from outside the ranges, not the inside ones', () => {
    const summary = createSummary();
    for (const e of events) summary.add(e);
    const result = summary.result();
    const pg = result.accounts.find((a) => a.account === 'pgustavo' && a.system === 'workstation5.theshire.local');
    expect(pg).toMatchObject({ rdpAuth: 1, reconnects: 2, rdpSources: [{ address: '1.2.3.4', count: 3 }] });
    const { findings } = logonFindings(result, { ranges: ['172.18.0.0/16'] });
    const rdp = findings.filter((f) => f.kind === 'rdp-outside');
    expect(rdp).toHaveLength(1);
    expect(rdp[0]).toMatchObject({ severity: 'high', account: 'pgustavo', system: 'workstation5.theshire.local', address: '1.2.3.4' });
    expect(logonFindings(result, { ranges: ['172.18.0.0/16', '1.2.3.0/24'] }).findings.filter((f) => f.kind === 'rdp-outside')).toEqual([]);
  });
});
