// The ログリスト: per system, which logs are kept — what they record (logons, access to records,
// operations, who), where (on site, at the vendor, in a cloud), for how long, on which clock — who
// looks at them and how often; and the record of each look (period covered, reviewer, what was
// found). The 手引き's アクセスログ管理 asks that logs be kept and looked at.
import { addMonths } from '../dates/months.ts';

type Label = { ja: string; en: string };

export const LOG_CONTENTS = ['logon', 'access', 'operation', 'user'] as const;
export type LogContent = (typeof LOG_CONTENTS)[number];
export const logContentLabels: Record<LogContent, Label> = {
  logon: { ja: 'ログイン・ログアウトの日時', en: 'Logon and logoff times' },
  access: { ja: '診療録等へのアクセス日時', en: 'Access to records' },
  operation: { ja: '操作内容', en: 'Operations' },
  user: { ja: '操作した利用者', en: 'Who did it' },
};

export const LOG_LOCATIONS = ['onsite', 'vendor', 'cloud'] as const;
export type LogLocation = (typeof LOG_LOCATIONS)[number];
export const logLocationLabels: Record<LogLocation, Label> = {
  onsite: { ja: '院内', en: 'On site' },
  vendor: { ja: '事業者', en: 'At the vendor' },
  cloud: { ja: 'クラウド', en: 'Cloud' },
};

export const TIME_SOURCES = ['ntp', 'domain', 'manual', 'unknown'] as const;
export type TimeSource = (typeof TIME_SOURCES)[number];
export const timeSourceLabels: Record<TimeSource, Label> = {
  ntp: { ja: 'NTP サーバと同期', en: 'Synchronised with NTP' },
  domain: { ja: 'ドメインコントローラと同期', en: 'Synchronised with the domain' },
  manual: { ja: '手動で合わせている', en: 'Set by hand' },
  unknown: { ja: '不明', en: 'Unknown' },
};

/** When the next look at a log is due: the last one (or, never looked at, the day it was listed) plus its interval. */
export function reviewDueOn(lastReviewedOn: string | null, listedOn: string, everyMonths: number): string {
  return addMonths(lastReviewedOn ?? listedOn, everyMonths);
}
