// Where a text of the BCP 確認表 comes from, when it is not the source's own words: 原文 (途中まで),
// 推定, 原文未確認, or 管理者が訂正. A verbatim text has no badge, nor has a row of Mamori's own (its heading says so).
import { useT } from '../../i18n.ts';
import '../../messages/bcp.ts';

type Provenance = 'verbatim' | 'truncated' | 'inferred' | 'unknown' | 'mamori' | 'corrected';

export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const t = useT();
  // Mamori's own rows stand under their own heading
  if (provenance === 'verbatim' || provenance === 'mamori') return null;
  return (
    <span className={`badge ${provenance === 'corrected' ? 'badge-info' : 'badge-warn'}`}>{t(`bcp.sheet.provenance.${provenance}`)}</span>
  );
}
