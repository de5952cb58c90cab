// nmap -oX output read as a stream (saxes): hosts that are up, with their addresses, host names, MAC
// vendor, best OS guess, and open ports with the service found. A file with a DTD that declares
// entities (entity expansion, external entities) is refused before anything is expanded; saxes
// never fetches anything. Element count and depth are bounded.
import { SaxesParser } from 'saxes';
import { AppError } from '../../lib/errors.ts';

export interface ScanPort {
  protocol: string;
  port: number;
  service: string;
  product: string;
  version: string;
}

export interface ScanHost {
  addresses: { addr: string; type: string; vendor: string }[];
  hostnames: string[];
  os: { name: string; accuracy: number; type: string; vendor: string } | null;
  ports: ScanPort[];
  /** GLPI: installed software; nmap: none */
  software: { name: string; version: string }[];
  model: string;
  maker: string;
}

const MAX_ELEMENTS = 2_000_000;
const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });

export function parseNmap(bytes: Uint8Array): { hosts: ScanHost[]; scanner: string; args: string; startedAt: string | null } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const parser = new SaxesParser({ xmlns: false, position: true });
  const hosts: ScanHost[] = [];
  let host: (ScanHost & { up: boolean }) | null = null;
  let port: ScanPort | null = null;
  let portOpen = false;
  let root = '';
  let meta = { scanner: '', args: '', startedAt: null as string | null };
  let elements = 0;
  let failure: Error | null = null;
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype))
      failure = bad(
        'XML に実体宣言 (<!ENTITY>) があるため読み込みません (実体展開・外部実体による攻撃を防ぐため)。nmap -oX の出力をそのまま選んでください。',
      );
  });
  parser.on('opentag', (tag) => {
    if (++elements > MAX_ELEMENTS) failure ??= bad('XML の要素が多すぎます。');
    const a = tag.attributes as Record<string, string>;
    if (!root) {
      root = tag.name;
      if (root !== 'nmaprun') failure ??= bad('nmap の XML 出力 (-oX) ではありません (最初の要素が nmaprun ではありません)。');
      meta = { scanner: a.scanner ?? '', args: a.args ?? '', startedAt: a.start ? new Date(Number(a.start) * 1000).toISOString() : null };
    }
    switch (tag.name) {
      case 'host':
        host = { addresses: [], hostnames: [], os: null, ports: [], software: [], model: '', maker: '', up: true };
        break;
      case 'status':
        if (host) host.up = a.state === 'up';
        break;
      case 'address':
        host?.addresses.push({ addr: a.addr ?? '', type: a.addrtype ?? '', vendor: a.vendor ?? '' });
        break;
      case 'hostname':
        if (host && a.name && !host.hostnames.includes(a.name)) host.hostnames.push(a.name);
        break;
      case 'port':
        port = { protocol: a.protocol ?? 'tcp', port: Number(a.portid), service: '', product: '', version: '' };
        portOpen = false;
        break;
      case 'state':
        if (port) portOpen = a.state === 'open';
        break;
      case 'service':
        if (port) Object.assign(port, { service: a.name ?? '', product: a.product ?? '', version: a.version ?? '' });
        break;
      case 'osmatch':
        if (host && !host.os) host.os = { name: a.name ?? '', accuracy: Number(a.accuracy ?? 0), type: '', vendor: '' };
        break;
      case 'osclass':
        if (host?.os && !host.os.type) Object.assign(host.os, { type: a.type ?? '', vendor: a.vendor ?? '' });
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'port' && port && host) {
      if (portOpen) host.ports.push(port);
      port = null;
    }
    if (tag.name === 'host' && host) {
      const { up, ...rest } = host;
      if (up) hosts.push(rest);
      host = null;
    }
  });
  parser.on('error', (err) => {
    failure ??= bad(`XML として読めません: ${err.message.slice(0, 200)}`);
  });
  try {
    parser.write(text).close();
  } catch (err) {
    failure ??= bad(`XML として読めません: ${(err as Error).message.slice(0, 200)}`);
  }
  if (failure) throw failure;
  if (!root) throw bad('XML として読めません (要素がありません)。');
  return { hosts, ...meta };
}
