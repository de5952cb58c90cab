// The 立入検査の手引き rules for the 事業者確認用 across one fiscal year's forms (手引き R5 ②, carried over
// to R6/R7): one per contracted vendor that provides a medical information system — the vendors of the
// 事業者台帳 with a system in use, and the 事業者 of the 連絡体制図 the ledger does not hold — or, when the
// institution chooses so, one per vendor and system; an item outside a vendor's contract (契約内容により確認不要) is
// fine when the institution's form or another vendor's form answers it. Pure: shared by the server
// (readiness, pack) and its tests.

export interface CoverageForm {
  title: string;
  form: string;
  vendorName: string | null;
  systemName?: string | null;
  /** a form the vendor answers through an invitation and the institution has not accepted yet: not counted */
  pending?: boolean;
  /** `checked`: the inspector checks it (not a 参考項目, not of unknown treatment) */
  items: { id: string; label: string; answered: boolean; outOfScope: boolean; checked: boolean }[];
}

export interface YearGap {
  assessment: string | null;
  itemId: string | null;
  message: string;
}

/** A vendor of the 事業者台帳 in use, with its systems in use and the 連絡体制図 entry it points to. */
export interface LedgerVendor {
  name: string;
  systems: string[];
  /** the company name of its 連絡体制図 entry, null when it has none */
  chartName: string | null;
}

/** One 事業者確認用 per vendor, or one per vendor and system (the institution's choice). */
export const FORMS_PER = ['vendor', 'system'] as const;
export type FormsPer = (typeof FORMS_PER)[number];

export interface VendorFormsInput {
  forms: CoverageForm[];
  /** the 事業者台帳's vendors in use */
  ledgerVendors?: LedgerVendor[];
  /** the 事業者 of the 連絡体制図 that provide a medical information system, as the institution wrote them */
  contractedVendors: string[];
  formsPer?: FormsPer;
  /** the institution's form says it has a contract with a vendor (2(2)/2(3) are then due too) */
  hasVendorContract: boolean;
  /** the year's version has a 事業者確認用 with items Mamori can fill */
  vendorFormAvailable: boolean;
  versionLabel: string;
}

export interface VendorStatus {
  name: string;
  /** every form due for it is there (per system: one for each of its systems) */
  hasForm: boolean;
  inChart: boolean;
  /** where Mamori learned that it needs a form: the ledger, the chart, or only its own form */
  source: 'ledger' | 'chart' | 'form';
  /** per vendor and system: its systems in use, each with whether its form is there */
  systems: { name: string; hasForm: boolean }[];
}

export interface VendorFormsResult {
  gaps: YearGap[];
  notices: string[];
  vendors: VendorStatus[];
}

/** Two spellings of one company meet: NFKC, no spaces or punctuation, no 株式会社 / (株) and the like. */
export function vendorKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/株式会社|有限会社|合同会社|\((株|有|同)\)/g, '')
    .replace(/[\s・.,、。-]/g, '')
    .toLowerCase();
}

/** How a system's name is matched between the ledger and a form: NFKC, no spaces, lower case. */
export const systemKey = (name: string): string => name.normalize('NFKC').replace(/\s/g, '').toLowerCase();

const SOURCE_LABEL = { ledger: '事業者台帳の事業者', chart: '連絡体制図の事業者', form: '事業者確認用の事業者' } as const;

export function vendorFormRules(input: VendorFormsInput): VendorFormsResult {
  const vendorForms = input.forms.filter((f) => f.form === 'vendor' && !f.pending);
  const pending = input.forms.filter((f) => f.form === 'vendor' && f.pending);
  const perSystem = input.formsPer === 'system';
  const vendors = vendorList(input.ledgerVendors ?? [], input.contractedVendors, vendorForms, perSystem);
  const result: VendorFormsResult = { gaps: [], notices: [], vendors };
  const inLedger = new Set((input.ledgerVendors ?? []).map((l) => vendorKey(l.name)));
  for (const v of vendors.filter((v) => v.source === 'form' && !inLedger.has(vendorKey(v.name)))) {
    result.notices.push(
      `事業者「${v.name}」の事業者確認用がありますが、事業者台帳にも連絡体制図にも載っていません。24時間の連絡先とあわせて登録してください。`,
    );
  }
  for (const v of vendors.filter((v) => v.source === 'ledger' && !v.inChart)) {
    result.notices.push(
      `事業者台帳の事業者「${v.name}」が連絡体制図に載っていません。24時間の連絡先を連絡体制図に登録し、台帳から選んでください。`,
    );
  }
  for (const f of pending) {
    result.notices.push(`${f.title}: 事業者が回答中か、医療機関の確認 (受理) を待っています。受理すると事業者確認用として数えます。`);
  }
  result.gaps.push(...coverageGaps(input.forms.filter((f) => !f.pending)));
  if (!input.hasVendorContract) return result;
  if (!input.vendorFormAvailable) {
    result.notices.push(
      `${input.versionLabel}の事業者確認用は項目を公開資料で確認できていないため Mamori では作成できません。事業者から受け取った様式を保管し、立入検査で示してください。`,
    );
    return result;
  }
  if (vendors.length === 0) {
    result.gaps.push({
      assessment: null,
      itemId: null,
      message:
        '事業者と契約しているため、契約している事業者ごとに事業者確認用が必要です (事業者台帳か連絡体制図に事業者を登録すると、どの事業者の分が足りないかを示せます)',
    });
  }
  for (const v of vendors.filter((v) => !v.hasForm && v.source !== 'form')) {
    const missing = v.systems.filter((s) => !s.hasForm);
    if (perSystem && missing.length > 0) {
      for (const s of missing) {
        result.gaps.push({
          assessment: null,
          itemId: null,
          message: `事業者確認用がありません: ${v.name} / ${s.name} (事業者台帳のシステム)`,
        });
      }
    } else {
      result.gaps.push({ assessment: null, itemId: null, message: `事業者確認用がありません: ${v.name} (${SOURCE_LABEL[v.source]})` });
    }
  }
  return result;
}

/**
 * The vendors that need a form, once each: the ledger's vendors with a system in use first, then the
 * chart's 事業者 the ledger does not hold (a ledger vendor without a system in use does not make its
 * chart entry disappear), then the vendors only a form names.
 */
function vendorList(ledger: LedgerVendor[], contracted: string[], vendorForms: CoverageForm[], perSystem: boolean): VendorStatus[] {
  const formsOf = (...keys: string[]) => vendorForms.filter((f) => keys.includes(vendorKey(f.vendorName ?? '')));
  const byKey = new Map<string, VendorStatus>();
  const chartKeys = new Set(contracted.map(vendorKey));
  const inUse = ledger.filter((l) => l.systems.length > 0);
  const ledgerKeys = new Set(inUse.map((l) => vendorKey(l.name)));
  for (const v of inUse) {
    const key = vendorKey(v.name);
    if (byKey.has(key)) continue;
    // its 連絡体制図 entry's spelling names it too (a form made from the chart), unless another vendor of the ledger has that name
    const chartKey = v.chartName ? vendorKey(v.chartName) : '';
    const alias = chartKey && chartKey !== key && !ledgerKeys.has(chartKey) ? chartKey : '';
    const forms = alias ? formsOf(key, alias) : formsOf(key);
    const systems = v.systems.map((name) => ({
      name,
      hasForm: forms.some((f) => systemKey(f.systemName ?? '') === systemKey(name)),
    }));
    const hasForm = perSystem ? systems.every((s) => s.hasForm) : forms.length > 0;
    const inChart = v.chartName !== null || chartKeys.has(key);
    const status: VendorStatus = { name: v.name, hasForm, inChart, source: 'ledger', systems: perSystem ? systems : [] };
    byKey.set(key, status);
    if (alias) byKey.set(alias, status);
  }
  for (const name of contracted.map((n) => n.trim()).filter(Boolean)) {
    const key = vendorKey(name);
    if (!byKey.has(key)) byKey.set(key, { name, hasForm: formsOf(key).length > 0, inChart: true, source: 'chart', systems: [] });
  }
  for (const f of vendorForms) {
    const name = (f.vendorName ?? '').trim();
    const key = vendorKey(name);
    if (!byKey.has(key)) byKey.set(key, { name, hasForm: true, inChart: false, source: 'form', systems: [] });
  }
  return [...new Set(byKey.values())];
}

/** Items a vendor marked 契約範囲外 that no other form of the year answers (a 参考項目 is not checked: no gap, 手引き R5). */
function coverageGaps(forms: CoverageForm[]): YearGap[] {
  const gaps: YearGap[] = [];
  for (const form of forms.filter((f) => f.form === 'vendor')) {
    for (const item of form.items.filter((i) => i.outOfScope && i.checked)) {
      const covered = forms.some((other) => other !== form && other.items.some((o) => o.id === item.id && o.answered));
      if (!covered) {
        gaps.push({
          assessment: form.title,
          itemId: item.id,
          message: `${form.title}: ${item.label}: 契約範囲外ですが、医療機関確認用にも他の事業者確認用にも回答がありません`,
        });
      }
    }
  }
  return gaps;
}
