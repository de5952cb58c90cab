// Values as they are matched and searched: NFKC (full-width ＡＢＣ１２３ and half-width ｶﾅ folded),
// lower case, katakana folded to hiragana, and OS names to one spelling (Win11 / Windows 11 Pro /
// ｗｉｎ１１ → windows 11; WS2012R2 / Win2019 → windows server). The raw value is always kept and shown; these are for matching only.

export const nfkc = (s: string): string => s.normalize('NFKC').trim();

/** For search: NFKC, lower case, katakana → hiragana, runs of space as one. */
export function searchForm(s: string): string {
  return nfkc(s)
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/g, ' ');
}

// edition and marketing words that do not change which product it is
const EDITIONS =
  /\b(pro(fessional)?|enterprise|home|education|standard|datacenter|essentials|ultimate|business|ltsc|ltsb|iot|x64|x86|64-?bit|32-?bit|日本語版)\b/g;

const OS_ALIASES: [RegExp, string][] = [
  [/^(microsoft\s*)?win(dows)?\s*(server|svr|srv)\s*(\d{4})\s*(r2)?/, 'windows server $4 $5 '],
  // a four-digit Windows after 2000 is a server (Windows 2012 R2, Win2019)
  [/^(microsoft\s*)?win(dows)?\s*(2003|2008|2012|2016|2019|2022|2025)\s*(r2)?(?![\d.])/, 'windows server $3 $4 '],
  [/^(microsoft\s*)?win(dows)?\s*(11|10|8\.1|8|7|vista|xp)(?![\d.])/, 'windows $3 '],
  [/^w(in)?(11|10|8\.1|8|7)(?![\d.])/, 'windows $2 '],
  [/^(red\s*hat\s*enterprise\s*linux|rhel)\s*(\d+)/, 'rhel $2'],
  [/^(mac\s*os\s*x?|macos)\s*/, 'macos '],
  [/^fortios\s*v?/, 'fortios '],
];

/** One spelling per OS for matching: "Windows 11 Pro" → "windows 11", "WS2012R2" → "windows server 2012 r2". */
export function normalizeOs(raw: string): string {
  let s = nfkc(raw).toLowerCase().replace(/\s+/g, ' ');
  s = s.replace(/^(ws|win\s*svr|win\s*srv)\s*(\d{4})\s*(r2)?/, 'windows server $2 $3');
  for (const [re, to] of OS_ALIASES) {
    if (re.test(s)) {
      s = s.replace(re, to);
      break;
    }
  }
  return s.replace(EDITIONS, '').replace(/\s+/g, ' ').trim();
}
