// The class of a ledger row that has none (the manual's 12 columns have no class): it follows from
// the OS as institutions write it — Win11, Ｗｉｎ８．１, WS2012R2, Windows Server 2019, win xp — read
// through normalizeOs, so every spelling it folds is classed the same way.
import type { DeviceClass, DeviceValues } from './device.ts';
import { normalizeOs } from './normalize.ts';

const SERVER = /^windows server\b|server|rhel|red hat|centos|esxi|vmware|hyper-v/;
const NETWORK = /fortios|pan-os|junos|ios-xe|cisco ios|routeros|yamaha|rtx|sonicos|big-ip|screenos/;
const PC = /^windows (11|10|8\.1|8|7|vista|xp)\b|^macos|mac os|chrome ?os/;

/** サーバ for a server OS, ネットワーク機器 for router/firewall firmware, 端末PC for a desktop OS; else その他. */
export function inferClass(v: Pick<DeviceValues, 'os' | 'description' | 'hostname'>): DeviceClass {
  const os = normalizeOs(v.os);
  if (!os) return 'other';
  if (SERVER.test(os)) return 'server';
  if (NETWORK.test(os)) return 'network';
  if (PC.test(os)) return 'pc';
  return 'other';
}
