// `mamori assessment start`: 「回答を始める」 from the command line, by organisation slug, with the
// earlier answers of a fiscal year carried forward when asked (--from-year).
import { FORMS, type FormKind } from '../../../domain/catalog/labels.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';
import { listAssessmentsOfOrg } from './assessments.repo.ts';
import { newAssessmentSchema } from './assessments.schemas.ts';
import { startAssessmentAs } from './assessments.service.ts';

export interface StartArgs {
  org: string;
  fiscalYear: string;
  form?: string;
  vendor?: string;
  system?: string;
  fromYear?: string;
  noVendorContract?: boolean;
}

const yearOf = (raw: string | undefined, field: string): number => {
  const year = Number(raw);
  if (!raw || !Number.isInteger(year) || year < 2023 || year > 2100)
    throw new AppError('VALIDATION', `--${field} は 2023 以降の西暦年 (例: 2026 = 令和8年度) で指定してください。`, {
      fields: [{ field, message: '2023 以降の西暦年' }],
    });
  return year;
};

export async function startAssessmentFromCli(deps: Deps, actor: Actor, args: StartArgs) {
  const org = await findOrgBySlug(deps.db, args.org);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${args.org} が見つかりません。`);
  const fiscalYear = yearOf(args.fiscalYear, 'fiscal-year');
  const form = (args.form ?? (org.kind === 'pharmacy' ? 'pharmacy' : 'institution')) as FormKind;
  if (!FORMS.includes(form))
    throw new AppError('VALIDATION', '--form は institution / pharmacy / vendor のいずれかです。', {
      fields: [{ field: 'form', message: String(form) }],
    });
  let carryFrom: string | undefined;
  if (args.fromYear) {
    const from = yearOf(args.fromYear, 'from-year');
    const family = (f: string) => (form === 'vendor' ? f === 'vendor' : f !== 'vendor');
    const source = (await listAssessmentsOfOrg(deps.db, org.id)).find(
      (a) =>
        a.fiscalYear === from &&
        family(a.form) &&
        (form !== 'vendor' || (a.vendorName ?? '') === (args.vendor ?? '').normalize('NFKC').trim()),
    );
    if (!source) throw new AppError('NOT_FOUND', `${args.org} に ${from} 年度の同じ様式の回答がありません (--from-year)。`);
    carryFrom = source.id;
  }
  const input = parseInput(newAssessmentSchema, {
    fiscalYear,
    form,
    vendorName: args.vendor,
    systemName: args.system,
    hasVendorContract: !args.noVendorContract,
    carryFrom,
  });
  return startAssessmentAs(deps, actor, org.id, input);
}
