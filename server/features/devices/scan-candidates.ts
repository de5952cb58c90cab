// Device candidates from a network scan (nmap) or an agent inventory (GLPI): each host proposed as a
// ledger row, matched to an existing row by IP address or MAC, with the remote-access services it
// exposes (RDP, VNC, telnet, SSH, VPN portals) — flagged harder when the address is public.
import { type DeviceValues, inferClass } from '../../../domain/devices/device.ts';
import { isIPv4 } from '../../../domain/devices/ip.ts';
import { nfkc } from '../../../domain/devices/normalize.ts';
import type { ScanHost, ScanPort } from '../imports/nmap.ts';
import type { DeviceRow } from './device-row.ts';

export interface Candidate {
  index: number;
  values: DeviceValues;
  match: { id: string; label: string } | null;
  /** fields an accepted candidate would fill in the matched row (only those now empty) */
  fills: (keyof DeviceValues)[];
  exposures: string[];
}

const REMOTE: Record<number, string> = {
  22: 'SSH',
  23: 'Telnet',
  3389: 'リモートデスクトップ (RDP)',
  5800: 'VNC',
  5900: 'VNC',
  5901: 'VNC',
  5938: 'TeamViewer',
  1723: 'PPTP VPN',
  500: 'IPsec VPN',
  4500: 'IPsec VPN (NAT-T)',
  1194: 'OpenVPN',
};
const VPN_PRODUCT = /fortinet|fortigate|ssl ?vpn|globalprotect|pulse|ivanti|anyconnect|citrix|netscaler|sonicwall|vpn/i;

/** RFC 1918, loopback, link-local, CGNAT and IPv6 local addresses are not on the internet. */
export function isPrivate(ip: string): boolean {
  if (isIPv4(ip)) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const l = ip.toLowerCase();
  return l === '::1' || l.startsWith('fe80:') || l.startsWith('fc') || l.startsWith('fd');
}

function exposuresOf(ports: ScanPort[], ip: string): string[] {
  const open = ports.flatMap((p) => {
    const name =
      REMOTE[p.port] ??
      (VPN_PRODUCT.test(`${p.product} ${p.service}`)
        ? `VPN (${p.product || p.service})`
        : p.service === 'ms-wbt-server'
          ? 'リモートデスクトップ (RDP)'
          : null);
    return name ? [`${p.port}/${p.protocol} ${name}`] : [];
  });
  if (open.length === 0) return [];
  const where = ip && !isPrivate(ip) ? 'インターネットから到達できるアドレスで' : '';
  return open.map((o) => `${where}遠隔操作のサービスが開いています: ${o}`);
}

export function candidatesOf(hosts: ScanHost[], existing: DeviceRow[], source: 'nmap' | 'glpi', today: string): Candidate[] {
  const byIp = new Map<string, DeviceRow>();
  const byMac = new Map<string, DeviceRow>();
  for (const d of existing) {
    for (const ip of d.ipAddress.split(/,\s*/).filter(Boolean)) byIp.set(ip, d);
    if (d.mac) byMac.set(nfkc(d.mac).toLowerCase(), d);
  }
  return hosts.map((h, index) => {
    const ip = h.addresses.filter((a) => a.type === 'ipv4' || a.type === 'ipv6').map((a) => a.addr);
    const mac = h.addresses.find((a) => a.type === 'mac');
    const os = h.os && (source === 'glpi' || h.os.accuracy >= 90) ? h.os.name : '';
    const services = h.ports.map((p) => `${p.port}/${p.protocol} ${[p.service, p.product, p.version].filter(Boolean).join(' ')}`.trim());
    const software = [...h.software, ...h.ports.filter((p) => p.product).map((p) => ({ name: p.product, version: p.version }))].slice(
      0,
      200,
    );
    const base = { os, description: '', hostname: h.hostnames[0] ?? '' };
    const osType = (h.os?.type ?? '').toLowerCase();
    const values: DeviceValues = {
      assetNo: null,
      maker: h.maker || mac?.vendor || '',
      os,
      software,
      ipAddress: ip.join(', '),
      hostname: h.hostnames[0] ?? '',
      location: '',
      userName: '',
      registeredOn: today,
      status: 'active',
      description: `${source === 'nmap' ? 'nmap' : 'GLPI'} ${today}${services.length ? `: ${services.join(', ')}` : ''}`.slice(0, 4000),
      deviceClass: /router|switch|firewall|wap|network|bridge/.test(osType) ? 'network' : inferClass(base),
      model: h.model,
      mac: mac?.addr ?? '',
      segment: '',
      vendorName: '',
      remoteMaintenance: null,
      remoteVia: null,
      supportEnd: null,
      lastPatch: null,
      usbRestricted: null,
      servicesReviewedOn: null,
      medicalSystem: false,
      tags: [source],
    };
    const match = ip.map((i) => byIp.get(i)).find(Boolean) ?? (mac ? byMac.get(nfkc(mac.addr).toLowerCase()) : undefined);
    const fills = match ? (['maker', 'os', 'hostname', 'mac', 'model', 'ipAddress'] as const).filter((f) => !match[f] && values[f]) : [];
    return {
      index,
      values,
      match: match ? { id: match.id, label: [match.assetNo, match.hostname].filter(Boolean).join(' ') } : null,
      fills: match && (match.software as unknown[]).length === 0 && software.length ? [...fills, 'software'] : fills,
      exposures: exposuresOf(h.ports, ip[0] ?? ''),
    };
  });
}
