// The 機器台帳's columns as the manual prints them (its 12 first), the headers of other tools that
// mean the same (Snipe-IT, Lansweeper, NetBox exports; English and Japanese), and the recognition of
// a file's header row. Export writes the same columns in the same order.
import { searchForm } from './normalize.ts';

export type ColumnKey =
  | 'assetNo'
  | 'maker'
  | 'os'
  | 'software'
  | 'softwareVersion'
  | 'ipAddress'
  | 'hostname'
  | 'location'
  | 'userName'
  | 'registeredOn'
  | 'status'
  | 'description'
  | 'deviceClass'
  | 'model'
  | 'mac'
  | 'segment'
  | 'vendorName'
  | 'remoteMaintenance'
  | 'supportEnd'
  | 'lastPatch'
  | 'usbRestricted'
  | 'servicesReviewedOn'
  | 'medicalSystem'
  | 'tags';

export interface DeviceColumn {
  key: ColumnKey;
  ja: string;
  en: string;
  /** other headers meaning this column (compared after NFKC, lower case, no spaces) */
  aliases: string[];
  /** one of the manual's 12 columns */
  manual: boolean;
}

const col = (key: ColumnKey, ja: string, en: string, aliases: string[], manual = false): DeviceColumn => ({ key, ja, en, aliases, manual });

export const DEVICE_COLUMNS: readonly DeviceColumn[] = [
  col(
    'assetNo',
    '管理番号',
    'Asset No.',
    ['資産番号', '資産タグ', '機器番号', '備品番号', 'asset tag', 'asset no', 'assetid', 'asset id', 'barcode', 'asset number'],
    true,
  ),
  col('maker', 'メーカー', 'Maker', ['製造元', '製造メーカー', 'メーカ', 'manufacturer', 'maker', 'make'], true),
  col('os', 'OS', 'OS', ['オペレーティングシステム', 'os名', 'operating system', 'os name', 'osname', 'os version'], true),
  col(
    'software',
    'ソフトウェア',
    'Software',
    ['ソフト', 'ソフトウェア名', 'アプリケーション', 'software', 'application', 'applications'],
    true,
  ),
  col(
    'softwareVersion',
    'ソフトウェアバージョン',
    'Software version',
    ['ソフトウェアのバージョン', 'バージョン', 'ver', 'version', 'software version'],
    true,
  ),
  col(
    'ipAddress',
    'IPアドレス',
    'IP address',
    ['ip', 'ipアドレス(ipv4)', 'ip address', 'ipaddress', 'primary ip', 'primary_ip', 'primary ip4', 'ipv4'],
    true,
  ),
  col(
    'hostname',
    'コンピュータ名',
    'Computer name',
    [
      'コンピューター名',
      'ホスト名',
      '端末名',
      '機器名',
      '資産名',
      'name',
      'asset name',
      'assetname',
      'hostname',
      'host name',
      'computer name',
      'device name',
      'computername',
    ],
    true,
  ),
  col('location', '設置場所', 'Location', ['場所', '設置部署', '設置部門', '所在', 'location', 'site'], true),
  col(
    'userName',
    '利用者',
    'User',
    [
      '使用者',
      '使用部署',
      '担当者',
      '管理者',
      'user',
      'users',
      'contact',
      'checked out to',
      'checked out',
      'assigned to',
      'username',
      'lastloggeduser',
    ],
    true,
  ),
  col(
    'registeredOn',
    '登録日',
    'Registered on',
    [
      '導入日',
      '購入日',
      '購入済',
      '設置日',
      'registered',
      'registered on',
      'purchase date',
      'purchased',
      'purchasedate',
      'first seen',
      'firstseen',
    ],
    true,
  ),
  col('status', '状態', 'Status', ['ステータス', '稼働状況', '稼働状態', 'status', 'state'], true),
  col('description', '説明', 'Description', ['備考', '用途', '概要', 'メモ', 'description', 'notes', 'asset notes', 'comments'], true),
  col(
    'deviceClass',
    '機器種別',
    'Class',
    ['種別', '分類', '機器分類', 'カテゴリー', 'カテゴリ', 'category', 'asset type', 'assettype', 'class', 'type', 'role'],
    false,
  ),
  col(
    'model',
    '型番',
    'Model',
    ['機種', '機種名', 'モデル', 'モデル no.', 'model', 'model no.', 'model number', 'device type', 'device_type'],
    false,
  ),
  col('mac', 'MACアドレス', 'MAC address', ['mac', 'macアドレス', 'mac address', 'macaddress'], false),
  col(
    'segment',
    'ネットワークセグメント',
    'Network segment',
    ['セグメント', 'ネットワーク', 'vlan', 'サブネット', 'segment', 'network', 'subnet'],
    false,
  ),
  col(
    'vendorName',
    '保守事業者',
    'Maintenance vendor',
    ['保守業者', '保守会社', '事業者', '担当事業者', '保守ベンダー', 'ベンダー', 'vendor', 'supplier', 'maintenance vendor'],
    false,
  ),
  col(
    'remoteMaintenance',
    'リモートメンテナンス',
    'Remote maintenance',
    ['リモートメンテナンス有無', 'リモート保守', '遠隔保守', 'remote maintenance', 'remote'],
    false,
  ),
  col(
    'supportEnd',
    'サポート終了日',
    'Support end',
    ['サポート期限', 'サポート終了', '保守期限', '保守終了日', 'eol', 'eol date', 'asset eol date', 'end of life', 'support end'],
    false,
  ),
  col(
    'lastPatch',
    '最終パッチ適用日',
    'Last patched',
    ['パッチ適用日', '更新プログラム適用日', 'セキュリティパッチ適用日', 'last patch', 'last patched', 'patched on'],
    false,
  ),
  col(
    'usbRestricted',
    'USB制限',
    'USB restricted',
    ['usbストレージ制限', 'usb接続制限', 'usb', 'usb restricted', 'usb restriction'],
    false,
  ),
  col(
    'servicesReviewedOn',
    '不要サービス確認日',
    'Services reviewed',
    ['不要ソフトウェア・サービス確認日', 'サービス見直し日', 'services reviewed', 'services reviewed on'],
    false,
  ),
  col(
    'medicalSystem',
    '医療情報システム',
    'Medical information system',
    ['医療情報システム該当', '医療情報システムか', 'medical system', 'medical information system'],
    false,
  ),
  col('tags', 'タグ', 'Tags', ['tags', 'tag', 'ラベル'], false),
];

/** Labels of every ledger field, including the one no file carries (the connection point it is maintained through). */
export const columnLabels: Record<string, string> = {
  ...Object.fromEntries(DEVICE_COLUMNS.map((c) => [c.key, c.ja])),
  remoteVia: '経由する外部接続点',
};

const headerKey = (h: string) => searchForm(h).replace(/[\s_　:：*※（）()]/g, '');

/** The column each header means, or null; a header is taken by the first match, each column once. */
export function recognizeHeaders(headers: string[]): (ColumnKey | null)[] {
  const taken = new Set<ColumnKey>();
  return headers.map((h) => {
    const k = headerKey(h);
    if (!k) return null;
    const found = DEVICE_COLUMNS.find((c) => !taken.has(c.key) && [c.ja, c.en, ...c.aliases].some((a) => headerKey(a) === k));
    if (found) taken.add(found.key);
    return found?.key ?? null;
  });
}
