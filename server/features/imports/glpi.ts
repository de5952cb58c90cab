// A GLPI inventory (glpi-agent / FusionInventory JSON, glpi-project/inventory_format): the computer's
// name, OS, installed software and network cards, or a network device's maker, model, firmware and
// addresses — as one scan host.

import { firstUnstorableField, unstorableIn } from '../../../domain/storable-text.ts';
import { AppError } from '../../lib/errors.ts';
import type { ScanHost } from './nmap.ts';

const bad = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

export function parseGlpi(bytes: Uint8Array): { hosts: ScanHost[]; itemtype: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw bad(`GLPI のインベントリ (JSON) として読めません: ${(err as Error).message.slice(0, 200)}`);
  }
  const at = firstUnstorableField(json);
  if (at !== null) throw bad(unstorableIn(at));
  const top = obj(json);
  const content = obj(top.content);
  if (!top.content || (top.action && top.action !== 'inventory' && top.action !== 'netinventory')) {
    throw bad('GLPI のインベントリではありません (content がありません)。glpi-agent の JSON 出力を選んでください。');
  }
  const hw = obj(content.hardware);
  const osInfo = obj(content.operatingsystem);
  const nd = obj(content.network_device);
  const ips = new Set<string>();
  const addresses: ScanHost['addresses'] = [];
  for (const n of arr(content.networks).filter((x) => x.virtualdev !== true && x.type !== 'loopback')) {
    const ip = str(n.ipaddress);
    if (ip && ip !== '127.0.0.1' && !ips.has(ip)) {
      ips.add(ip);
      addresses.push({ addr: ip, type: ip.includes(':') ? 'ipv6' : 'ipv4', vendor: '' });
    }
    if (str(n.mac) && !addresses.some((a) => a.addr === str(n.mac))) addresses.push({ addr: str(n.mac), type: 'mac', vendor: '' });
  }
  for (const ip of Array.isArray(nd.ips) ? nd.ips.map(str) : []) {
    if (ip && !ips.has(ip)) {
      ips.add(ip);
      addresses.push({ addr: ip, type: 'ipv4', vendor: '' });
    }
  }
  if (str(nd.mac)) addresses.push({ addr: str(nd.mac), type: 'mac', vendor: '' });
  const osName = str(osInfo.full_name) || [str(osInfo.name), str(osInfo.version)].filter(Boolean).join(' ');
  const firmware = str(nd.firmware);
  const host: ScanHost = {
    addresses,
    hostnames: [str(hw.name) || str(nd.name) || str(top.deviceid)].filter(Boolean),
    os: osName || firmware ? { name: osName || firmware, accuracy: 100, type: nd.type ? 'network' : '', vendor: '' } : null,
    ports: [],
    software: arr(content.softwares)
      .map((s) => ({ name: str(s.name), version: str(s.version) }))
      .filter((s) => s.name)
      .slice(0, 200),
    model: str(nd.model) || str(obj(content.bios).smodel),
    maker: str(nd.manufacturer) || str(obj(content.bios).smanufacturer) || str(hw.vmsystem === 'Physical' ? '' : hw.vmsystem),
  };
  return { hosts: [host], itemtype: str(top.itemtype) };
}
