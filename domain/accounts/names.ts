// How a person's name is matched between a system's account list, Active Directory and personnel's
// leavers list: NFKC (full-width letters, half-width kana), no spaces or middle dots, kana folded to
// katakana, and the old and variant kanji of names folded to the common form (髙橋 = 高橋, 齋藤 =
// 斎藤, 渡邊 = 渡辺). A loose key for finding candidates: the raw value is always kept and shown.

/** Old (旧字体) and variant (異体字) kanji common in names → the form most systems hold. */
const VARIANTS: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  碕: '崎',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斎',
  斉: '斎',
  澤: '沢',
  濱: '浜',
  濵: '浜',
  國: '国',
  櫻: '桜',
  廣: '広',
  德: '徳',
  眞: '真',
  惠: '恵',
  藏: '蔵',
  寶: '宝',
  寳: '宝',
  瀨: '瀬',
  靜: '静',
  淸: '清',
  槇: '槙',
  冨: '富',
  曻: '昇',
  增: '増',
  黑: '黒',
  龍: '竜',
  實: '実',
  當: '当',
  壽: '寿',
  榮: '栄',
  與: '与',
  團: '団',
  縣: '県',
  萬: '万',
  圓: '円',
  藝: '芸',
};

/** Hiragana → katakana (ア-ン and the small forms), for kana names written either way. */
const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** The key two spellings of one person's name share (empty for an empty name). */
export function nameKey(raw: string): string {
  const nfkc = raw.normalize('NFKC');
  const folded = [...nfkc].map((c) => VARIANTS[c] ?? c).join('');
  return toKatakana(folded)
    .replace(/[\s・･.,、。_-]/g, '')
    .toLowerCase();
}
