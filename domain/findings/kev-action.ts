// KEV's required action ("Apply updates per vendor instructions.") in Japanese, sentence by sentence,
// for the phrases CISA uses most (the 2026-08-07 catalog: these read 98 % of its entries whole).
// The original stays beside it: a sentence not known here is left to the English, never guessed.

const DISCONTINUE = '対策がない場合は製品の使用を中止してください。';
const BOD = (n: string) => `クラウドサービスについては CISA の BOD ${n} (米国連邦機関向けの指令) の指針に従ってください。`;

type Say = string | ((m: RegExpMatchArray) => string);

const SENTENCES: [RegExp, Say][] = [
  [/^apply updates per vendor instructions$/, 'ベンダーの指示に従って更新プログラムを適用してください。'],
  [
    /^apply updates per vendor instructions or discontinue use of the product if updates are unavailable$/,
    'ベンダーの指示に従って更新プログラムを適用してください。更新プログラムがない場合は製品の使用を中止してください。',
  ],
  [
    /^apply updates per vendor instructions or disconnect product if it is end-of-life$/,
    'ベンダーの指示に従って更新プログラムを適用してください。サポートが終了している場合は製品を切り離してください。',
  ],
  [
    /^apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable$/,
    `ベンダーの指示に従って対策を適用してください。${DISCONTINUE}`,
  ],
  [
    /^apply mitigations per vendor instructions, follow (applicable )?bod 22-01 guidance for cloud services,? or discontinue use of the product if mitigations are unavailable$/,
    `ベンダーの指示に従って対策を適用してください。${BOD('22-01')}${DISCONTINUE}`,
  ],
  [
    /^apply remediations or mitigations per vendor instructions or discontinue use of the product if remediation or mitigations are unavailable$/,
    'ベンダーの指示に従って修正または対策を適用してください。どちらもない場合は製品の使用を中止してください。',
  ],
  [
    /^(adhere to|follow) (the )?applicable bod (22-01|26-04) guidance for cloud services,? or discontinue use of the product if mitigations are (unavailable|not available)$/,
    '',
  ],
  [
    /^apply mitigations in accordance with vendor instructions, ensuring compliance with cisa's bod 26-04 .*guidance and cisa's "forensics triage requirements" \(see url in notes\)$/,
    'ベンダーの指示に従って対策を適用してください。その際、CISA の BOD 26-04 (リスクに基づく更新の優先順位付け) と「フォレンジック・トリアージ要件」に沿ってください。',
  ],
  [
    /^stakeholders are responsible for evaluating each asset's internet exposure and ensuring adherence to bod 26-04 patching guidelines$/,
    '各機器がインターネットからどれだけ到達できるかを評価し、BOD 26-04 の更新の指針を守るのは利用者の責任です。',
  ],
  [
    /^the impacted products? (is|are) end-of-life and should be disconnected if still in use$/,
    'この製品はサポートが終了しています。使用中であれば切り離してください。',
  ],
  [/^the impacted product is end-of-life \(eol\) and\/or end-of-service \(eos\)$/, 'この製品はサポートが終了しています (EoL/EoS)。'],
  [
    /^the impacted product could be end-of-life \(eol\) and\/or end-of-service \(eos\)$/,
    'この製品はサポートが終了している可能性があります (EoL/EoS)。',
  ],
  [/^users should discontinue utilization of the product$/, '製品の使用を中止してください。'],
  [
    /^users should discontinue product utilization if a current mitigation is unavailable$/,
    '現在有効な対策がない場合は製品の使用を中止してください。',
  ],
  [/^apply mitigations as set forth in the cisa instructions linked below$/, 'CISA の指示 (リンク先) に従って対策を適用してください。'],
  [
    /^additionally, (the )?management interfaces? for affected devices should not be exposed to untrusted networks, including the internet$/,
    'また、影響を受ける機器の管理画面を、インターネットなど信頼できないネットワークに公開しないでください。',
  ],
  [
    /^contact the vendor for guidance on remediating firmware, per their advisory$/,
    'ファームウェアの修正方法は、ベンダーの勧告に従って問い合わせてください。',
  ],
  [/^please contact the product developer for support and vulnerability mitigation$/, '支援と対策は製品の開発元に問い合わせてください。'],
  [/^this vulnerability affects legacy (\S+) products$/, (m) => `この脆弱性は ${m[1]} の旧製品に影響します。`],
  [
    /^all associated hardware revisions have reached their end-of-life \(eol\) or end-of-service \(eos\) life cycle and should be retired and replaced per vendor instructions$/,
    '該当するハードウェアはすべてサポートが終了しています (EOL/EOS)。ベンダーの指示に従って廃棄し、置き換えてください。',
  ],
  [
    /^disconnect public-facing versions of (.+?) that have reached their end-of-life \(eol\) or end-of-service \(eos\)(?: to include (.+?) and earlier versions)?$/,
    (m) => `サポートが終了した ${m[1]}${m[2] ? ` (${m[2]} 以前を含む)` : ''} をインターネットに公開している場合は、切り離してください。`,
  ],
  [
    /^for supported versions, please follow the mitigations according to cisa \(url listed below in notes\) and vendor instructions \(url listed below in notes\)$/,
    'サポート中の版は、CISA とベンダーの指示 (リンク先) に従って対策を適用してください。',
  ],
  [
    /^please adhere to cisa's guidelines to assess exposure and mitigate risks associated with (.+?) devices as outline[sd]? in cisa's emergency directive (\d+-\d+) .*$/,
    (m) =>
      `CISA の緊急指令 ED ${m[2]} と関連するガイダンス (リンク先) に従い、${m[1]} 機器が外部からどれだけ到達できるかを評価して、リスクを下げてください。`,
  ],
  [
    /^if the affected device has since entered (its )?end-of-life, it should be disconnected if still in use$/,
    'サポートが終了した機器は、使用中であれば切り離してください。',
  ],
];

const MATCHERS = SENTENCES.map(([re, say]) => [new RegExp(re.source, 'i'), say] as const);

// the cloud sentence on its own (after another sentence) says the BOD part and the discontinue part
const CLOUD = /^(adhere to|follow) (the )?applicable bod (22-01|26-04)/i;

export interface KevActionJa {
  /** the Japanese of the sentences known here, or null when none is */
  ja: string | null;
  /** whether every sentence was known (otherwise the original says more) */
  complete: boolean;
}

const normal = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();

/** The sentences of an action: split after a full stop followed by a capital or a quote. */
const sentencesOf = (text: string) =>
  normal(text)
    .split(/(?<=\.)\s+(?=["A-Z])/)
    .map((s) => s.replace(/\.\s*$/, '').trim())
    .filter(Boolean);

function sentenceJa(s: string): string | null {
  for (const [re, say] of MATCHERS) {
    const m = s.match(re);
    if (m) return typeof say === 'function' ? say(m) : say || cloud(s);
  }
  return null;
}

/** The cloud sentence: its BOD named, then the discontinue part. */
function cloud(s: string): string {
  const bod = s.match(CLOUD)?.[3] ?? '22-01';
  return `${BOD(bod)}${DISCONTINUE}`;
}

const cache = new Map<string, KevActionJa>();

/** KEV's requiredAction in Japanese where its sentences are known. */
export function kevActionJa(requiredAction: string): KevActionJa {
  const cached = cache.get(requiredAction);
  if (cached) return cached;
  const parts = sentencesOf(requiredAction).map(sentenceJa);
  const known = parts.filter((p): p is string => p !== null);
  const out: KevActionJa = { ja: known.length ? known.join('') : null, complete: parts.length > 0 && known.length === parts.length };
  if (cache.size < 500) cache.set(requiredAction, out);
  return out;
}
