// Factories for the suggestion tests: a complete, current ledger by default, so that each test breaks
// exactly the one thing it is about.
import type { ConfirmationFact, ConnectionFact, DeviceFact, LedgerFacts } from './types.ts';

export const device = (over: Partial<DeviceFact> = {}): DeviceFact => ({
  id: 'd1',
  label: 'SV-1 EMR',
  deviceClass: 'server',
  status: 'active',
  assetNo: 'SV-1',
  maker: '富士通',
  os: 'Windows Server 2019',
  software: [{ name: '〇〇電子カルテ', version: '2.0' }],
  hostname: 'EMR',
  location: 'サーバ室',
  ipAddress: '192.168.1.10',
  userName: '医事課',
  model: '',
  description: '',
  tags: [],
  vendorName: 'ABCメディカル株式会社',
  remoteMaintenance: true,
  supportEnd: '2029-01-09',
  supportFromData: '2029-01-09',
  lastPatch: '2026-11-01',
  usbRestricted: true,
  servicesReviewedOn: '2026-06-01',
  ...over,
});

export const point = (over: Partial<ConnectionFact> = {}): ConnectionFact => ({
  id: 'c1',
  label: '保守用VPN',
  kind: 'vpn',
  status: 'active',
  vendorName: 'ABCメディカル',
  sourceRestriction: 'restricted',
  geoRestriction: '',
  mfa: true,
  ...over,
});

export const confirmation = (over: Partial<ConfirmationFact> = {}): ConfirmationFact => ({
  vendorKey: 'abcメディカル',
  vendorName: 'ABCメディカル',
  confirmedOn: '2026-10-01',
  confirmedBy: '事務長 山田',
  vendorContact: '保守課 佐藤',
  documentedAs: '作業報告書',
  remoteFound: true,
  ...over,
});

export const facts = (over: Partial<LedgerFacts> = {}): LedgerFacts => ({
  devices: [device()],
  connections: [point()],
  ledgerReviewedOn: '2026-04-01',
  today: '2026-12-01',
  patchMaxDays: 90,
  confirmations: [confirmation()],
  ...over,
});
