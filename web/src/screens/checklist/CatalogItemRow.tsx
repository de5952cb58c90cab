// One checklist item: number, target classes, wording (marked unless confirmed), status and notes.

import { itemNumber, type Numbering, statusLabels, targetLabels, wordingLabels } from '../../../../domain/catalog/labels.ts';
import type { CatalogItem } from '../../../../domain/catalog/schema.ts';
import { useLang, useT } from '../../i18n.ts';
import '../../messages/checklist.ts';

export function CatalogItemRow({ item, numbering }: { item: CatalogItem; numbering?: Numbering }) {
  const t = useT();
  const lang = useLang();
  const number = item.status === 'gate' ? item.sectionTitle : itemNumber(item.section, item.no, numbering);
  return (
    <tr>
      <th scope="row">{number}</th>
      <td>{item.targets.map((x) => targetLabels[x][lang]).join('・')}</td>
      <td>
        <span lang="ja">{item.text ?? t('checklist.textUnknown')}</span>
        {item.textFragment && (
          <div className="hint" lang="ja">
            {t('checklist.fragment', { text: item.textFragment })}
          </div>
        )}
        <ul className="item-flags">
          {item.skipIfNoVendorContract && <li>{t('checklist.noVendor')}</li>}
          {item.physicalEvidenceRequired && <li>{t('checklist.physical')}</li>}
          {item.newInVersion && <li>{t('checklist.new')}</li>}
          {item.guidelineRefs.length > 0 && <li>{t('checklist.refs', { refs: item.guidelineRefs.join(', ') })}</li>}
        </ul>
        <details>
          <summary>{t('checklist.source')}</summary>
          <p className="source">{item.source}</p>
        </details>
      </td>
      <td>{statusLabels[item.status][lang]}</td>
      <td>
        <span className={`badge ${item.wording === 'confirmed' ? 'badge-ok' : 'badge-warn'}`}>{wordingLabels[item.wording][lang]}</span>
      </td>
    </tr>
  );
}
