// One step of the BCP 確認表 (平時, 検知, 初動対応, 復旧処理, 事後対応): its description with its
// provenance, each 大項目 with its 確認項目, and Mamori's own checks in a list of their own, never mixed
// with the ministry's rows.
import { useState } from 'react';
import type { BcpSheet, BcpSheetGroup, BcpSheetStep } from '../../api/bcp.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { useIsSystemAdmin } from '../../session.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import { SheetRow } from './SheetRow.tsx';
import { SheetTextForm } from './SheetTextForm.tsx';
import '../../messages/bcp.ts';

interface Props {
  org: OrgSummary;
  sheet: BcpSheet;
  step: BcpSheetStep;
  canWrite: boolean;
}

export function SheetStep({ org, sheet, step, canWrite }: Props) {
  const t = useT();
  return (
    <section className="bcp-sheet-step" aria-labelledby={`bcp-step-${step.no}`}>
      <h3 id={`bcp-step-${step.no}`}>
        {step.no}. {step.title}
        {step.description && (
          <small>
            {' '}
            （{step.description}） <ProvenanceBadge provenance={step.descriptionProvenance} />
          </small>
        )}
      </h3>
      {step.incomplete && <p className="muted">{t('bcp.sheet.stepIncomplete')}</p>}
      {step.groups.map((g) => (
        <Group key={g.no} org={org} sheet={sheet} group={g} canWrite={canWrite} />
      ))}
      {step.mamori.length > 0 && (
        <div className="bcp-sheet-mamori">
          <h4>{t('bcp.sheet.mamori')}</h4>
          <ol className="bcp-sheet-rows">
            {step.mamori.map((c) => (
              <SheetRow key={c.key} org={org} sheet={sheet} check={c} canWrite={canWrite} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function Group({ org, sheet, group, canWrite }: { org: OrgSummary; sheet: BcpSheet; group: BcpSheetGroup; canWrite: boolean }) {
  const t = useT();
  const isSystemAdmin = useIsSystemAdmin();
  const [correcting, setCorrecting] = useState(false);
  const title = group.titleCorrection?.text ?? group.title;
  const target = { key: `group:${group.no}`, text: group.title, correction: group.titleCorrection };
  return (
    <div className="bcp-sheet-group">
      <h4>
        {group.no} {title ?? <span className="muted">{t('bcp.sheet.unseenGroup')}</span>}{' '}
        <ProvenanceBadge provenance={group.titleCorrection ? 'corrected' : group.titleProvenance} />
      </h4>
      {isSystemAdmin && group.titleProvenance !== 'verbatim' && (
        <div className="no-print">
          {correcting ? (
            <SheetTextForm
              key={group.titleCorrection?.version ?? 0}
              check={target}
              onClose={() => setCorrecting(false)}
              onSaved={() => void invalidate(keys.bcpSheet(org.id))}
            />
          ) : (
            <button type="button" className="button-link button-small" onClick={() => setCorrecting(true)}>
              {t('bcp.sheet.correctTitle', { no: group.no })}
            </button>
          )}
        </div>
      )}
      {group.note && <p className="muted">{group.note}</p>}
      <ol className="bcp-sheet-rows">
        {group.checks.map((c) => (
          <SheetRow key={c.key} org={org} sheet={sheet} check={c} canWrite={canWrite} />
        ))}
      </ol>
    </div>
  );
}
