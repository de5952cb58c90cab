// zod parsing that turns failures into AppError('VALIDATION') with Japanese messages naming each field.
import { z } from 'zod';
import { AppError } from './errors.ts';

z.config(z.locales.ja());

export const fieldLabels: Record<string, string> = {
  loginId: 'ログインID',
  displayName: '氏名',
  password: 'パスワード',
  newPassword: '新しいパスワード',
  currentPassword: '現在のパスワード',
  code: '確認コード',
  slug: '識別子',
  name: '名称',
  nameKana: '名称(かな)',
  kind: '種別',
  prefecture: '都道府県',
  address: '所在地',
  medicalInstitutionCode: '医療機関コード',
  bedCount: '病床数',
  role: '役割',
  requireMfa: '二要素認証の必須化',
  fiscalYear: '年度',
  form: '様式',
  vendorName: '事業者名',
  systemName: 'システム名',
  hasVendorContract: '事業者との契約',
  firstAnswer: '1回目',
  firstDate: '1回目の確認日',
  targetDate: '目標日',
  secondAnswer: '2回目',
  secondDate: '2回目の確認日',
  note: 'メモ',
  version: '版番号',
  side: '区分',
  category: 'カテゴリ・役割',
  organizationName: '組織名・部署名',
  personName: '担当者名',
  phone: '電話番号',
  hours: '受付時間',
  url: 'URL',
  confirmedOn: '最終確認日',
  ids: '並び順',
  evidenceId: '証跡ファイル',
  severity: '重大度',
  limit: '件数',
  decision: '判断',
  reason: '理由',
  alias: '読み替える表記',
  canonical: '読み替え先',
  format: '形式',
  remoteFound: '事業者の回答',
  confirmedBy: '確認した人',
  vendorContact: '事業者の担当者',
  documentedAs: '記録の種類',
  devicesReviewedOn: '点検した日',
  patchMaxDays: 'パッチ適用の目安',
  dormantDays: '使われていないアカウントの目安',
  outOfScope: '契約範囲',
  providesMedicalSystem: '医療情報システムの提供',
  keys: 'ひな形',
  status: '状態',
  changes: '変更する項目',
};

/**
 * A failed parse as the one validation error, each field named with its Japanese label: the route's
 * own words first (`labels`, e.g. a ledger's column names), then the shared ones.
 */
export function validationError(error: z.ZodError, labels: Record<string, string> = {}): AppError {
  const fields = error.issues.map((issue) => {
    const field = issue.path.join('.') || '(本文)';
    const key = String(issue.path[0] ?? '');
    const label = labels[key] ?? fieldLabels[key] ?? field;
    return { field, message: `${label}: ${issue.message}` };
  });
  return new AppError('VALIDATION', `入力内容を確認してください。${fields.map((f) => f.message).join(' / ')}`, { fields });
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw validationError(result.error);
}
