// The 立入検査の手引き rules for the 事業者確認用 across one fiscal year's forms (手引き R5 ②, carried over
// to R6/R7): one per contracted vendor; an item outside a vendor's contract (契約内容により確認不要) is
// fine when the institution's form or another vendor's form answers it. Pure: shared by the server
// (readiness, pack) and its tests.

export interface CoverageForm {
  title: string;
  form: string;
  vendorName: string | null;
  /** `checked`: the inspector checks it (not a 参考項目, not of unknown treatment) */
  items: { id: string; label: string; answered: boolean; outOfScope: boolean; checked: boolean }[];
}

export interface YearGap {
  assessment: string | null;
  itemId: string | null;
  message: string;
}

export interface VendorFormsInput {
  forms: CoverageForm[];
  /** the 事業者 of the 連絡体制図, as the institution wrote them */
  contractedVendors: string[];
  /** the institution's form says it has a contract with a vendor (2(2)/2(3) are then due too) */
  hasVendorContract: boolean;
  /** the year's version has a 事業者確認用 with items Mamori can fill */
  vendorFormAvailable: boolean;
  versionLabel: string;
}

export interface VendorStatus {
  name: string;
  hasForm: boolean;
  inChart: boolean;
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

export function vendorFormRules(input: VendorFormsInput): VendorFormsResult {
  const vendorForms = input.forms.filter((f) => f.form === 'vendor');
  const vendors = vendorList(input.contractedVendors, vendorForms);
  const result: VendorFormsResult = { gaps: [], notices: [], vendors };
  for (const v of vendors.filter((v) => v.hasForm && !v.inChart)) {
    result.notices.push(
      `事業者「${v.name}」の事業者確認用がありますが、連絡体制図に載っていません。24時間の連絡先とあわせて登録してください。`,
    );
  }
  result.gaps.push(...coverageGaps(input.forms));
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
        '事業者と契約しているため、契約している事業者ごとに事業者確認用が必要です (連絡体制図に事業者を登録すると、どの事業者の分が足りないかを示せます)',
    });
  }
  for (const v of vendors.filter((v) => !v.hasForm)) {
    result.gaps.push({ assessment: null, itemId: null, message: `事業者確認用がありません: ${v.name} (連絡体制図の事業者)` });
  }
  return result;
}

/** The vendors of the chart and of the forms, once each, in the chart's order first. */
function vendorList(contracted: string[], vendorForms: CoverageForm[]): VendorStatus[] {
  const byKey = new Map<string, VendorStatus>();
  for (const name of contracted.map((n) => n.trim()).filter(Boolean)) {
    const key = vendorKey(name);
    if (!byKey.has(key)) byKey.set(key, { name, hasForm: false, inChart: true });
  }
  for (const f of vendorForms) {
    const name = (f.vendorName ?? '').trim();
    const key = vendorKey(name);
    const known = byKey.get(key);
    if (known) known.hasForm = true;
    else byKey.set(key, { name, hasForm: true, inChart: false });
  }
  return [...byKey.values()];
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
