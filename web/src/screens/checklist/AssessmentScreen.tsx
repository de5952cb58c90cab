// The answer sheet of one assessment: progress, the vendor-contract switch, what an inspection would
// point out (each linked to its item), then the items by section with their answer columns. Editors
// and administrators answer (each item saves itself); viewers read.
import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { Assessment, AssessmentItem, Gap, OrgSummary, SavedAnswer } from '../../api-types.ts';
import { CheckboxField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { AnswerItem, itemAnchor } from './AnswerItem.tsx';
import { readiness } from './assessment-text.ts';
import { canAnswer } from './ChecklistScreen.tsx';

export function AssessmentScreen({ org, assessmentId }: { org: OrgSummary; assessmentId: string }) {
  const t = useT();
  const loaded = useLoad(`assessment:${org.id}:${assessmentId}`, () => api.getAssessment(org.id, assessmentId));
  const [sheet, setSheet] = useState<Assessment | null>(null);
  useEffect(() => {
    if (loaded.data) setSheet(loaded.data);
  }, [loaded.data]);

  if (!sheet) {
    return (
      <Page title={t('sheet.loadingTitle')}>
        <BackLink org={org} />
        <Loadable state={loaded}>{() => null}</Loadable>
      </Page>
    );
  }
  return <Sheet org={org} sheet={sheet} setSheet={setSheet} reload={loaded.reload} />;
}

function BackLink({ org }: { org: OrgSummary }) {
  const t = useT();
  return (
    <p className="back-link no-print">
      <Link to={`/o/${encodeURIComponent(org.slug)}/checklist`}>{t('sheet.back')}</Link>
    </p>
  );
}

/** Sections in the order of the form: 0 (the gate), 1 体制構築, 2 …, each with its items. */
function bySection(items: AssessmentItem[]): { key: string; title: string; items: AssessmentItem[] }[] {
  const out: { key: string; title: string; items: AssessmentItem[] }[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && last.key === item.section) last.items.push(item);
    else
      out.push({
        key: item.section,
        title: item.section === '0' ? item.sectionTitle : `${item.section} ${item.sectionTitle}`,
        items: [item],
      });
  }
  return out;
}

interface SheetProps {
  org: OrgSummary;
  sheet: Assessment;
  setSheet: (update: (s: Assessment | null) => Assessment | null) => void;
  reload: () => void;
}

function Sheet({ org, sheet, setSheet, reload }: SheetProps) {
  const t = useT();
  const canWrite = canAnswer(org);
  const [live, setLive] = useState<{ n: number; message: string }>({ n: 0, message: '' });
  const announce = useCallback((message: string) => setLive((l) => ({ n: l.n + 1, message })), []);

  // unsaved or saving items: the browser asks before the page is closed or reloaded
  const pending = useRef(new Set<string>());
  const [hasPending, setHasPending] = useState(false);
  const onPending = useCallback((itemId: string, isPending: boolean) => {
    if (isPending) pending.current.add(itemId);
    else pending.current.delete(itemId);
    setHasPending(pending.current.size > 0);
  }, []);
  useEffect(() => {
    if (!hasPending) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t('sheet.unsavedLeave');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasPending, t]);

  const onSaved = useCallback(
    (item: AssessmentItem, saved: SavedAnswer) => {
      setSheet((s) =>
        s
          ? {
              ...s,
              progress: saved.progress,
              gaps: saved.gaps,
              gapCount: saved.gaps.length,
              ready: saved.gaps.length === 0,
              updatedAt: saved.answer.updatedAt,
              items: s.items.map((i) => (i.id === item.id ? { ...i, answer: saved.answer } : i)),
            }
          : s,
      );
      // the gate decides which items are 記入不要: read them again
      if (item.status === 'gate') reload();
    },
    [setSheet, reload],
  );

  const contract = useAction((hasVendorContract: boolean) => api.updateAssessment(org.id, sheet.id, { hasVendorContract }));
  const toggleContract = async (on: boolean) => {
    const updated = await contract.run(on);
    if (!updated) return;
    setSheet(() => updated);
    announce(on ? t('sheet.contractOn') : t('sheet.contractOff'));
  };

  const title = t('sheet.title', { year: sheet.fiscalYearLabel, form: sheet.formLabel, version: sheet.versionLabel });
  const ready = readiness(sheet, t);
  return (
    <Page title={title} lead={canWrite ? t('sheet.lead') : t('sheet.leadViewer')}>
      <BackLink org={org} />
      <div className="visually-hidden" role="status" aria-live="polite">
        {live.message && <p key={live.n}>{live.message}</p>}
      </div>
      <section className="card sheet-summary" aria-labelledby="sheet-summary-heading">
        <h2 id="sheet-summary-heading" className="visually-hidden">
          {t('sheet.summary')}
        </h2>
        {(sheet.vendorName || sheet.systemName) && (
          <p lang="ja">{t('sheet.vendorLine', { vendor: sheet.vendorName ?? '', system: sheet.systemName ?? '' })}</p>
        )}
        <div className="progress-line">
          <progress
            id="sheet-progress"
            max={Math.max(sheet.progress.total, 1)}
            value={sheet.progress.answered}
            aria-label={t('sheet.progressLabel')}
            aria-describedby="sheet-progress-text"
          />
          <span id="sheet-progress-text" className="progress-text">
            {t('sheet.progress', { answered: sheet.progress.answered, total: sheet.progress.total })}
          </span>
          <span className={ready.className}>{ready.text}</span>
        </div>
        {/* the vendor form is the vendor's own: a vendor contract changes nothing there */}
        {sheet.form !== 'vendor' &&
          (canWrite ? (
            <>
              <FormError error={contract.error} />
              <CheckboxField
                label={t('assessments.vendorContract')}
                checked={sheet.hasVendorContract}
                disabled={contract.pending}
                onChange={(e) => void toggleContract(e.target.checked)}
                hint={t('assessments.vendorContractHint')}
              />
            </>
          ) : (
            <p>{sheet.hasVendorContract ? t('sheet.contractYes') : t('sheet.contractNo')}</p>
          ))}
      </section>
      <GapsPanel gaps={sheet.gaps} />
      {sheet.gateAnsweredNo && <p className="notice notice-info sheet-gate-no">{t('sheet.gateNo')}</p>}
      {bySection(sheet.items).map((section) => (
        <section key={section.key} className="answer-section" aria-labelledby={`section-${section.key}-heading`}>
          <h2 id={`section-${section.key}-heading`} lang="ja">
            {section.title}
          </h2>
          {section.items.map((item) => (
            <AnswerItem
              key={item.id}
              orgId={org.id}
              assessmentId={sheet.id}
              item={item}
              fiscalYearLabel={sheet.fiscalYearLabel}
              fiscalYearEnd={sheet.fiscalYearEnd}
              canWrite={canWrite}
              onSaved={onSaved}
              onStale={reload}
              onPending={onPending}
              announce={announce}
            />
          ))}
        </section>
      ))}
    </Page>
  );
}

/** Moves to an item from a gap: the item scrolled into view (clear of the sticky notices), focus on its heading. */
function jumpTo(e: MouseEvent<HTMLAnchorElement>, itemId: string) {
  const item = document.getElementById(itemAnchor(itemId));
  const heading = document.getElementById(`${itemAnchor(itemId)}-heading`);
  if (!item || !heading) return;
  e.preventDefault();
  item.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** A long list is cut to its first few lines so the items stay near; the rest is one button away. */
const GAPS_SHOWN = 5;

function GapsPanel({ gaps }: { gaps: Gap[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? gaps : gaps.slice(0, GAPS_SHOWN);
  return (
    <section className="card gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('sheet.gaps')}</h2>
      {gaps.length === 0 ? (
        <p>{t('sheet.noGaps')}</p>
      ) : (
        <>
          {gaps.some((g) => g.itemId) && <p className="field-hint">{t('sheet.gapsLead')}</p>}
          <ul className="gap-list" id="gap-list" lang="ja">
            {shown.map((g) => (
              // a gap has no id of its own: its code, item and sentence tell it apart
              <li key={`${g.code}:${g.itemId ?? ''}:${g.message}`}>
                {g.itemId ? (
                  <a href={`#${itemAnchor(g.itemId)}`} onClick={(e) => jumpTo(e, g.itemId as string)}>
                    {g.message}
                  </a>
                ) : (
                  g.message
                )}
              </li>
            ))}
          </ul>
          {gaps.length > GAPS_SHOWN && (
            <button
              type="button"
              className="button-link gaps-toggle"
              aria-expanded={all}
              aria-controls="gap-list"
              onClick={() => setAll(!all)}
            >
              {all ? t('sheet.gapsFewer', { count: GAPS_SHOWN }) : t('sheet.gapsAll', { count: gaps.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
