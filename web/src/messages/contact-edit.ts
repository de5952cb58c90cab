// The 連絡体制図's lists and their editing: the two tables, the entry form, moving and deleting.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const contactEdit = register({
  'contacts.internal.title': { ja: '組織内の連絡先', en: 'Internal contacts' },
  'contacts.external.title': { ja: '外部連絡リスト', en: 'External contact list' },
  'contacts.internal.empty': { ja: '組織内の連絡先はまだありません。', en: 'No internal contacts yet.' },
  'contacts.external.empty': { ja: '外部関係機関の連絡先はまだありません。', en: 'No external contacts yet.' },
  'contacts.orderHint': {
    ja: '上から順に連絡します。「上へ」「下へ」で呼び出し順を変えられます。',
    en: 'Contacts are called from the top. Use “Up” and “Down” to change the order.',
  },
  'contacts.col.no': { ja: 'No', en: 'No.' },
  'contacts.col.role': { ja: '役割', en: 'Role' },
  'contacts.col.department': { ja: '部署名', en: 'Department' },
  'contacts.col.category': { ja: 'カテゴリ', en: 'Category' },
  'contacts.col.organization': { ja: '組織名', en: 'Organisation' },
  'contacts.col.person': { ja: '担当者名', en: 'Contact person' },
  'contacts.col.phone': { ja: '電話番号', en: 'Phone' },
  'contacts.col.hours': { ja: '受付時間', en: 'Hours' },
  'contacts.col.note': { ja: '備考', en: 'Notes' },

  'contacts.edit': { ja: '編集', en: 'Edit' },
  'contacts.editOf': { ja: '{name} を編集', en: 'Edit {name}' },
  'contacts.delete': { ja: '削除', en: 'Delete' },
  'contacts.deleteOf': { ja: '{name} を削除', en: 'Delete {name}' },
  'contacts.up': { ja: '上へ', en: 'Up' },
  'contacts.upOf': { ja: '{name} を上へ', en: 'Move {name} up' },
  'contacts.down': { ja: '下へ', en: 'Down' },
  'contacts.downOf': { ja: '{name} を下へ', en: 'Move {name} down' },
  'contacts.deleteTitle': { ja: '連絡先を削除しますか?', en: 'Delete the contact?' },
  'contacts.deleteConfirm': {
    ja: '「{name}」を連絡体制図から削除します。削除したことは監査ログに記録されます。',
    en: '{name} will be removed from the chart. The deletion is recorded in the audit log.',
  },
  'contacts.deleted': { ja: '「{name}」を削除しました。', en: 'Deleted {name}.' },
  'contacts.moved': { ja: '「{name}」を {position} 番目にしました。', en: 'Moved {name} to position {position}.' },
  'contacts.saved': { ja: '「{name}」を保存しました。', en: 'Saved {name}.' },
  'contacts.added': { ja: '「{name}」を追加しました。', en: 'Added {name}.' },

  'contacts.form.addTitle': { ja: '連絡先を追加', en: 'Add a contact' },
  'contacts.form.add': { ja: '連絡先を追加', en: 'Add the contact' },
  'contacts.form.editTitle': { ja: '「{name}」を編集', en: 'Edit {name}' },
  'contacts.form.saveOf': { ja: '{name} の変更を保存', en: 'Save the changes to {name}' },
  'contacts.field.side': { ja: '区分', en: 'Side' },
  'contacts.field.category': { ja: 'カテゴリ/役割', en: 'Category / role' },
  'contacts.field.categoryHint': {
    ja: '組織内は役割 (例: システム運用担当者)、外部は種別 (例: 事業者、公的機関)',
    en: 'Inside: the role (e.g. system operator); outside: the kind (e.g. vendor, public body)',
  },
  'contacts.field.organizationName': { ja: '組織名・部署名', en: 'Organisation / department' },
  'contacts.field.personName': { ja: '担当者名', en: 'Contact person' },
  'contacts.field.phone': { ja: '電話番号', en: 'Phone' },
  'contacts.field.phoneHint': { ja: '例: 03-1234-5678 (内線は「内線 123」)', en: 'e.g. 03-1234-5678 (extensions as 内線 123)' },
  'contacts.field.hours': { ja: '受付時間', en: 'Hours' },
  'contacts.field.hoursHint': { ja: '例: 24時間、平日 9:00-17:00', en: 'e.g. 24時間 (24 hours), 平日 9:00-17:00 (weekdays)' },
  'contacts.field.url': { ja: 'URL', en: 'URL' },
  'contacts.field.urlHint': {
    ja: '電話のない窓口は、ウェブの受付先を記入します。',
    en: 'For services without a phone, their web address.',
  },
  'contacts.field.note': { ja: '備考', en: 'Notes' },
} satisfies Dict);
