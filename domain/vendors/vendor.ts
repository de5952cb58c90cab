// The 事業者 ledger's words and checks (issue 13): a vendor (the company, one per organisation by its
// folded name, as the 事業者確認用 rules fold it), and each medical information system it provides,
// with the contract, whether it maintains the system remotely and who confirmed that with it and how
// (checklist 2(2)), and who is responsible for security updates (guideline 第7.0版 保守委託機関編: a
// vendor that carries it by contract carries that part). Pure: the server stores, the web shows.
import { vendorKey } from '../assessment/vendor-forms.ts';
import { type Problem, reader } from '../field-reader.ts';

export { vendorKey };

type Label = { ja: string; en: string };

export const SYSTEM_KINDS = ['emr', 'billing', 'pacs', 'lab', 'department', 'network', 'cloud', 'other'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];
export const systemKindLabels: Record<SystemKind, Label> = {
  emr: { ja: '電子カルテ', en: 'Electronic medical records' },
  billing: { ja: '医事会計', en: 'Medical billing' },
  pacs: { ja: 'PACS', en: 'PACS' },
  lab: { ja: '検査', en: 'Laboratory' },
  department: { ja: '部門システム', en: 'Departmental system' },
  network: { ja: 'ネットワーク', en: 'Network' },
  cloud: { ja: 'クラウドサービス', en: 'Cloud service' },
  other: { ja: 'その他', en: 'Other' },
};

export const VENDOR_STATUSES = ['active', 'ended'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];
export const vendorStatusLabels: Record<VendorStatus, Label> = {
  active: { ja: '取引中', en: 'Current' },
  ended: { ja: '取引終了', en: 'Ended' },
};

/** Whether the vendor maintains the system remotely, as confirmed with it (2(2)); unknown until asked. */
export const REMOTE_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type RemoteAnswer = (typeof REMOTE_ANSWERS)[number];
export const remoteAnswerLabels: Record<RemoteAnswer, Label> = {
  yes: { ja: 'リモート保守あり', en: 'Maintained remotely' },
  no: { ja: 'リモート保守なし', en: 'Not maintained remotely' },
  unknown: { ja: '未確認', en: 'Not confirmed' },
};

/** Who applies security updates: the vendor by contract (保守委託機関編), the institution, or not known. */
export const UPDATE_RESPONSIBILITIES = ['vendor', 'institution', 'unknown'] as const;
export type UpdateResponsibility = (typeof UPDATE_RESPONSIBILITIES)[number];
export const updateResponsibilityLabels: Record<UpdateResponsibility, Label> = {
  vendor: { ja: '事業者 (契約で定めている)', en: 'The vendor (by contract)' },
  institution: { ja: '医療機関', en: 'The institution' },
  unknown: { ja: '未確認', en: 'Not confirmed' },
};

export interface VendorValues {
  /** the company as written (法人名) */
  name: string;
  /** the folded name that two spellings of one company share (株式会社, spaces, width) */
  nameKey: string;
  status: VendorStatus;
  /** its entry in the 連絡体制図 (the 24-hour contact): one record, referred to, not copied */
  contactEntryId: string | null;
  note: string;
}

export interface SystemValues {
  name: string;
  kind: SystemKind;
  /** the version in use (an MDS/SDS describing another one is flagged) */
  currentVersion: string;
  /** YYYY-MM-DD */
  contractFrom: string | null;
  contractTo: string | null;
  /** a maintenance contract (保守契約) exists; null = not recorded */
  maintenanceContract: boolean | null;
  remoteMaintenance: RemoteAnswer;
  /** who confirmed the remote maintenance answer with the vendor, when, and where it is written down */
  remoteConfirmedBy: string;
  remoteConfirmedOn: string | null;
  remoteDocumentedAs: string;
  securityUpdates: UpdateResponsibility;
  /** the contract's clause, when the vendor carries the updates */
  securityUpdatesClause: string;
  /** the ledger devices and 外部接続点 the system uses */
  deviceIds: string[];
  connectionIds: string[];
  /** when the institution last asked the vendor for its MDS/SDS */
  disclosureRequestedOn: string | null;
  status: VendorStatus;
  note: string;
}

export type { Problem };
export type Checked<T> = { ok: true; values: T } | { ok: false; problems: Problem[] };

export const vendorLabels: Record<keyof Omit<VendorValues, 'nameKey'>, string> = {
  name: '法人名',
  status: '状態',
  contactEntryId: '連絡体制図の連絡先',
  note: '備考',
};

export const systemLabels: Record<keyof SystemValues, string> = {
  name: 'システム名',
  kind: '種類',
  currentVersion: '使用中の版',
  contractFrom: '契約開始日',
  contractTo: '契約終了日',
  maintenanceContract: '保守契約',
  remoteMaintenance: 'リモート保守',
  remoteConfirmedBy: 'リモート保守を確認した人',
  remoteConfirmedOn: 'リモート保守の確認日',
  remoteDocumentedAs: '確認の記録',
  securityUpdates: 'セキュリティ更新の責任',
  securityUpdatesClause: '契約の条項',
  deviceIds: '使う機器',
  connectionIds: '使う外部接続点',
  disclosureRequestedOn: 'MDS/SDS を依頼した日',
  status: '状態',
  note: '備考',
};

export function checkVendor(raw: Partial<Record<keyof VendorValues, unknown>>): Checked<VendorValues> {
  const r = reader(raw, vendorLabels);
  const name = r.text('name');
  if (!name) r.fail('name', '法人名を入力してください (例: 株式会社〇〇メディカル)');
  else if (!vendorKey(name)) r.fail('name', '会社名として読み取れる文字がありません');
  const values: VendorValues = {
    name,
    nameKey: vendorKey(name),
    status: r.pick('status', VENDOR_STATUSES, 'active'),
    contactEntryId: r.oneId('contactEntryId'),
    note: r.text('note', 4000),
  };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

export function checkSystem(raw: Partial<Record<keyof SystemValues, unknown>>): Checked<SystemValues> {
  const r = reader(raw, systemLabels);
  const name = r.text('name');
  if (!name) r.fail('name', 'システム名を入力してください (例: 電子カルテ 〇〇)');
  const contractFrom = r.date('contractFrom');
  const contractTo = r.date('contractTo');
  if (contractFrom && contractTo && contractTo < contractFrom) r.fail('contractTo', '契約開始日より前になっています');
  const remoteMaintenance = r.pick('remoteMaintenance', REMOTE_ANSWERS, 'unknown');
  const remoteConfirmedBy = r.text('remoteConfirmedBy');
  const remoteConfirmedOn = r.date('remoteConfirmedOn');
  // an answer of the vendor is a confirmation: by whom and when, or it is not one (2(2))
  if (remoteMaintenance !== 'unknown' && !remoteConfirmedBy)
    r.fail('remoteConfirmedBy', '事業者に確認した人を入力してください (未確認なら「未確認」を選んでください)');
  if (remoteMaintenance !== 'unknown' && !remoteConfirmedOn && !r.problems.some((p) => p.field === 'remoteConfirmedOn'))
    r.fail('remoteConfirmedOn', '事業者に確認した日を入力してください');
  const values: SystemValues = {
    name,
    kind: r.pick('kind', SYSTEM_KINDS, 'other'),
    currentVersion: r.text('currentVersion', 100),
    contractFrom,
    contractTo,
    maintenanceContract: r.flag('maintenanceContract'),
    remoteMaintenance,
    remoteConfirmedBy,
    remoteConfirmedOn,
    remoteDocumentedAs: r.text('remoteDocumentedAs', 1000),
    securityUpdates: r.pick('securityUpdates', UPDATE_RESPONSIBILITIES, 'unknown'),
    securityUpdatesClause: r.text('securityUpdatesClause', 2000),
    deviceIds: r.ids('deviceIds'),
    connectionIds: r.ids('connectionIds'),
    disclosureRequestedOn: r.date('disclosureRequestedOn'),
    status: r.pick('status', VENDOR_STATUSES, 'active'),
    note: r.text('note', 4000),
  };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, values };
}

/**
 * What the ledger should still record about a system in use, in words. Mamori's own advice (not the
 * 手引き's wording), shown labelled as such; nothing here says the checklist's answer.
 */
export function systemAdvice(s: SystemValues, today: string): string[] {
  if (s.status === 'ended') return [];
  const out: string[] = [];
  if (s.remoteMaintenance === 'unknown') out.push('リモート保守の有無を事業者に確認していません');
  if (s.remoteMaintenance === 'yes' && s.connectionIds.length === 0) out.push('リモート保守に使う外部接続点が登録されていません');
  if (s.securityUpdates === 'unknown') out.push('セキュリティ更新を誰が行うか確認していません');
  if (s.securityUpdates === 'vendor' && !s.securityUpdatesClause) out.push('セキュリティ更新を定めた契約の条項が未記入です');
  if (s.contractTo && s.contractTo < today) out.push(`契約終了日 (${s.contractTo}) を過ぎています`);
  return out;
}
