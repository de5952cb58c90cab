// The facts a suggestion reads (one request's view of the 機器台帳, the 外部接続点 register, the ledger
// settings and the maintenance confirmations) and what a suggestion says.
import type { AccountLedgerFacts } from '../accounts/facts.ts';
import type { ConnectionKind, ConnectionStatus, Restriction } from '../connections/connection.ts';
import type { DeviceClass, DeviceStatus } from '../devices/device.ts';

export type Topic =
  | 'ledger'
  | 'remote'
  | 'patch'
  | 'source'
  | 'services'
  | 'usb'
  | 'mfa'
  | 'disclosure'
  | 'accounts'
  | 'access'
  | 'password'
  | 'logs'
  | 'backup'
  | 'bcp';
export type Suggested = 'yes' | 'no' | 'unknown';

export interface DeviceFact {
  id: string;
  label: string;
  deviceClass: DeviceClass;
  status: DeviceStatus;
  assetNo: string | null;
  maker: string;
  os: string;
  software: { name: string; version: string }[];
  hostname: string;
  location: string;
  ipAddress: string;
  userName: string;
  model: string;
  description: string;
  tags: string[];
  vendorName: string;
  remoteMaintenance: boolean | null;
  supportEnd: string | null;
  /** what the end-of-life data says of the OS/firmware: its end date, true (ended), false (no end announced), null (no match) */
  supportFromData: string | boolean | null;
  lastPatch: string | null;
  usbRestricted: boolean | null;
  servicesReviewedOn: string | null;
}

export interface ConnectionFact {
  id: string;
  label: string;
  kind: ConnectionKind;
  status: ConnectionStatus;
  vendorName: string;
  sourceRestriction: Restriction;
  geoRestriction: string;
  mfa: boolean | null;
}

/** A recorded confirmation with a maintenance vendor of whether it maintains any device remotely (2(2)). */
export interface ConfirmationFact {
  vendorKey: string;
  vendorName: string;
  confirmedOn: string;
  confirmedBy: string;
  vendorContact: string;
  documentedAs: string;
  /** the vendor's answer: it maintains some device remotely */
  remoteFound: boolean;
}

/** A system in use of a vendor in business (事業者台帳) and its MDS/SDS as recorded. */
export interface DisclosureFact {
  vendorName: string;
  systemName: string;
  /** the latest MDS/SDS per kind recorded, each with whether its file is kept */
  documents: { kind: 'mds' | 'sds'; issuedOn: string | null; withFile: boolean }[];
  /** what it lacks (another version, いいえ items, no file: Mamori's rule) */
  problems: string[];
}

/** A system's backup of the バックアップ台帳, as the backup item reads it. */
export interface BackupFact {
  id: string;
  /** "電子カルテ" */
  label: string;
  status: string;
  frequency: string;
  /** a restore procedure written or kept as a file */
  hasProcedure: boolean;
  lastTest: { testedOn: string; result: 'success' | 'partial' | 'failed' } | null;
}

/** The latest BCP 確認表 as the BCP item reads it. */
export interface BcpSheetFact {
  /** 「令和8年度」 */
  label: string;
  /** the assessment's fiscal year when the latest sheet is of an earlier one (「令和9年度」), else null */
  askedFor: string | null;
  /** the BCP document: the date it was made or last reviewed, and whether its file is kept */
  planOn: string | null;
  planFile: boolean;
  /** the ministry's 確認項目 whose text is known (the ones a person can answer) */
  total: number;
  yes: number;
  /** 項番 of those answered いいえ */
  no: string[];
  unanswered: number;
  /** answers carried from the year before and not confirmed this year */
  carried: number;
}

export interface LedgerFacts {
  devices: DeviceFact[];
  connections: ConnectionFact[];
  /** the last time someone recorded that the 機器台帳 was reviewed as a whole */
  ledgerReviewedOn: string | null;
  today: string;
  /** a device unpatched for longer than this counts against the patch item (the organisation's setting) */
  patchMaxDays: number;
  /** findings from the vulnerability and end-of-life data on devices (known-exploited, end of life) */
  findings?: { deviceId: string; label: string; kind: 'kev' | 'eol'; title: string }[];
  confirmations: ConfirmationFact[];
  /** the 事業者台帳's systems in use with their MDS/SDS (absent: not read for this suggestion) */
  disclosures?: DisclosureFact[];
  /** the 利用者台帳 (absent: not read for this suggestion) */
  accounts?: AccountLedgerFacts;
  /** the バックアップ台帳 (absent: not read for this suggestion) */
  backups?: BackupFact[];
  /** the BCP 確認表: the latest fiscal year's, null when none was started (absent: not read for this suggestion) */
  bcpSheet?: BcpSheetFact | null;
  /** a 事業者確認用: the vendor it is answered for (its systems only are read) */
  forVendor?: string | null;
  /** …and the system it is answered for, when it names one (one form per vendor and system) */
  forSystem?: string | null;
}

export interface RowRef {
  type: 'device' | 'connection' | 'account' | 'backup';
  id: string;
  label: string;
  /** an account's system (its page in the 利用者台帳) */
  systemId?: string;
}

export interface Suggestion {
  topic: Topic;
  answer: Suggested;
  reasons: string[];
  /** 「確認できないこと」: what the ledgers cannot tell about the item (absent in suggestions stored before it existed) */
  cannotTell: string[];
  /** the rows the reasons are about (at most 20) */
  rows: RowRef[];
}
