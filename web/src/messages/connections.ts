// The 外部接続点 register screen.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const connections = register({
  'connections.title': { ja: '外部接続点', en: 'External connection points' },
  'connections.lead': {
    ja: '院内のネットワークと外部をつなぐ経路 (保守用VPN、リモートデスクトップ、回線、クラウド) をすべて登録します。多くの攻撃は、把握されていない保守用の接続から入っています。',
    en: 'Every path between the institution’s network and the outside (maintenance VPN, remote desktop, lines, cloud). Most attacks came in through a maintenance connection nobody had listed.',
  },
  'connections.outputs': { ja: '出力:', en: 'Outputs:' },
  'connections.print': { ja: 'A4 の一覧 (印刷用)', en: 'A4 overview (print)' },
  'connections.pdf': { ja: 'PDF', en: 'PDF' },
  'connections.empty': {
    ja: '外部接続点はまだ登録されていません。保守を委託している事業者に、保守用の接続の有無と方式を確認して登録してください。',
    en: 'No connection points yet. Ask each maintenance vendor how they connect, and register it.',
  },
  'connections.add': { ja: '外部接続点を追加', en: 'Add a connection point' },
  'connections.edit': { ja: '「{name}」を編集', en: 'Edit “{name}”' },
  'connections.editOf': { ja: '{name} を編集', en: 'Edit {name}' },
  'connections.ok': { ja: '問題なし', en: 'No issue' },
  'connections.saved': { ja: '「{name}」を保存しました。', en: 'Saved “{name}”.' },
  'connections.cancel': { ja: '閉じる', en: 'Close' },
  'connections.save': { ja: '保存', en: 'Save' },
  'connections.device': { ja: '機器 (機器台帳から)', en: 'Device (from the ledger)' },
  'connections.deviceSearch': { ja: '機器を検索 (管理番号・名前)', en: 'Find a device (asset no., name)' },
  'connections.deviceNone': { ja: '(機器台帳の機器を選ばない)', en: '(no ledger device)' },
  'connections.sourcesHint': {
    ja: '1 行に 1 つ: IP アドレス、CIDR (203.0.113.0/24)、範囲 (203.0.113.1-203.0.113.20)。',
    en: 'One per line: IP, CIDR (203.0.113.0/24) or range.',
  },
  'connections.dateHint': { ja: '例: 2026-11-01 または 令和8年11月1日', en: 'e.g. 2026-11-01 or 令和8年11月1日' },
  'connections.col.name': { ja: '名称', en: 'Name' },
  'connections.col.kind': { ja: '種類', en: 'Kind' },
  'connections.col.vendor': { ja: '事業者', en: 'Vendor' },
  'connections.col.device': { ja: '機器', en: 'Device' },
  'connections.col.restriction': { ja: '接続元制限', en: 'Source restriction' },
  'connections.col.mfa': { ja: '多要素認証', en: 'MFA' },
  'connections.col.warnings': { ja: '注意', en: 'Issues' },
  'connections.mfa.yes': { ja: 'あり', en: 'Yes' },
  'connections.mfa.no': { ja: 'なし', en: 'No' },
  'connections.mfa.unknown': { ja: '未確認', en: 'Not checked' },
} satisfies Dict);
