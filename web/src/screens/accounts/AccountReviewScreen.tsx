// /o/$slug/accounts/reviews/$accountReviewId: one 棚卸し — every account as it was when the review
// started, with what the ledger's rules said of it; 担当者・管理者 decide each (keep / disable / remove,
// a reason where one is needed) while it is open; the organisation's administrator signs it off as
// 企画管理者 with the next review's date (the decisions then reach the ledger); printed on A4 as the
// record the 手引き and the training ask for.
import { type FormEvent, useState } from 'react';
import { accountKindLabels } from '../../../../domain/accounts/account.ts';
import {
  ACCOUNT_REVIEW_DECISIONS,
  type AccountReviewDecision,
  accountReviewDecisionLabels,
  accountReviewStatusLabels,
  nextReviewOn,
  reasonNeeded,
} from '../../../../domain/accounts/review.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { can } from '../../../../domain/roles.ts';
import type { AccountReviewEntry, AccountReviewView } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { accountSystemLink } from '../../links.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/accounts.ts';
import '../../messages/account-reviews.ts';

export function AccountReviewScreen({ org, reviewId }: { org: OrgSummary; reviewId: string }) {
  const t = useT();
  const lang = useLang();
  const state = useLoad(['org', org.id, 'account-reviews', reviewId], () => api.accountReview(org.id, reviewId));
  const changed = () => {
    state.reload();
    void invalidate(keys.org(org.id));
  };
  return (
    <Page title={t('reviews.title')}>
      <Loadable state={state}>
        {({ review, entries }) => {
          const open = review.status === 'open';
          const canDecide = open && can(org.role, 'org.write');
          return (
            <>
              <ReviewFacts review={review} />
              <p className="no-print">
                <Link {...accountSystemLink(org.slug, review.systemId)}>{t('reviews.back', { name: review.systemName })}</Link>{' '}
                <button type="button" className="button-secondary" onClick={() => window.print()}>
                  {t('reviews.print')}
                </button>
              </p>
              <table className="data-table review-table">
                <caption>{t('reviews.entries', { decided: review.decided, total: review.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.col.id')}</th>
                    <th scope="col">{t('accounts.col.name')}</th>
                    <th scope="col">{t('accounts.col.department')}</th>
                    <th scope="col">{t('reviews.col.state')}</th>
                    <th scope="col">{t('reviews.col.flags')}</th>
                    <th scope="col">{t('reviews.col.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.accountId}>
                      <th scope="row">{e.snapshot.accountId}</th>
                      <td lang="ja">{e.snapshot.name}</td>
                      <td lang="ja">{e.snapshot.department}</td>
                      <td>
                        {accountKindLabels[e.snapshot.kind][lang]}
                        {e.snapshot.isAdmin ? ` ・${t('reviews.admin')}` : ''}
                        <br />
                        {t('reviews.lastLogon', {
                          date: e.snapshot.lastLogonOn ? formatDateLong(e.snapshot.lastLogonOn, lang) : t('accounts.never'),
                        })}
                        {e.snapshot.leftOn && (
                          <>
                            <br />
                            {t('reviews.leftOn', { date: formatDateLong(e.snapshot.leftOn, lang) })}
                          </>
                        )}
                      </td>
                      <td lang="ja">
                        {e.snapshot.flags.length ? (
                          <ul className="plain-list">
                            {e.snapshot.flags.map((f) => (
                              <li key={f}>{f}</li>
                            ))}
                          </ul>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {canDecide ? (
                          <>
                            <div className="print-only">
                              <Decided entry={e} />
                            </div>
                            <DecisionForm org={org} reviewId={reviewId} entry={e} onSaved={changed} />
                          </>
                        ) : (
                          <Decided entry={e} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {open && can(org.role, 'org.sign') && <SignOff org={org} review={review} onSigned={changed} />}
              {open && !can(org.role, 'org.sign') && <p className="field-hint">{t('reviews.signByAdmin')}</p>}
              <SignatureLines review={review} />
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}

function ReviewFacts({ review }: { review: AccountReviewView }) {
  const t = useT();
  const lang = useLang();
  return (
    <dl className="facts">
      <dt>{t('reviews.system')}</dt>
      <dd lang="ja">{review.systemName}</dd>
      <dt>{t('reviews.status')}</dt>
      <dd>{accountReviewStatusLabels[review.status][lang]}</dd>
      <dt>{t('reviews.reviewer')}</dt>
      <dd lang="ja">{review.reviewer}</dd>
      <dt>{t('reviews.startedAt')}</dt>
      <dd>{formatDateLong(review.startedAt, lang)}</dd>
      {review.signedAt && (
        <>
          <dt>{t('reviews.signedBy')}</dt>
          <dd>
            <span lang="ja">{review.signedBy}</span> ({formatDateLong(review.signedAt, lang)})
          </dd>
          <dt>{t('reviews.next')}</dt>
          <dd>{review.nextReviewOn ? formatDateLong(review.nextReviewOn, lang) : '—'}</dd>
          {review.note && (
            <>
              <dt>{t('reviews.note')}</dt>
              <dd lang="ja">{review.note}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}

function Decided({ entry }: { entry: AccountReviewEntry }) {
  const t = useT();
  const lang = useLang();
  if (!entry.decision) return <span className="badge badge-warn">{t('reviews.undecided')}</span>;
  return (
    <>
      <strong>{accountReviewDecisionLabels[entry.decision][lang]}</strong>
      {entry.reason && (
        <>
          {': '}
          <span lang="ja">{entry.reason}</span>
        </>
      )}
    </>
  );
}

function DecisionForm({
  org,
  reviewId,
  entry,
  onSaved,
}: {
  org: OrgSummary;
  reviewId: string;
  entry: AccountReviewEntry;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [decision, setDecision] = useState<AccountReviewDecision | ''>(entry.decision ?? '');
  const [reason, setReason] = useState(entry.reason);
  const save = useAction(() => api.decideAccount(org.id, reviewId, entry.accountId, { decision, reason }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run()) onSaved();
  };
  const who = entry.snapshot.accountId;
  return (
    <form onSubmit={submit} className="review-decision" aria-label={t('reviews.decideFor', { id: who })}>
      <FormError error={save.error} />
      <SelectField
        label={t('reviews.col.decision')}
        value={decision}
        error={save.error?.field('decision')}
        onChange={(e) => setDecision(e.target.value as AccountReviewDecision)}
        options={[
          { value: '', label: t('reviews.choose') },
          ...ACCOUNT_REVIEW_DECISIONS.map((d) => ({ value: d, label: accountReviewDecisionLabels[d][lang] })),
        ]}
      />
      <TextField
        label={decision && reasonNeeded(decision, entry.snapshot) ? t('reviews.reasonNeeded') : t('reviews.reason')}
        value={reason}
        error={save.error?.field('reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      <SubmitButton pending={save.pending} label={entry.decision ? t('reviews.change') : t('reviews.decide')} />
      {entry.decision && (
        <p className="field-hint">
          {t('reviews.decidedAs', { decision: accountReviewDecisionLabels[entry.decision][lang], by: entry.decidedBy ?? '' })}
        </p>
      )}
    </form>
  );
}

function SignOff({ org, review, onSigned }: { org: OrgSummary; review: AccountReviewView; onSigned: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [next, setNext] = useState(nextReviewOn(todayJst(new Date())));
  const [note, setNote] = useState('');
  const sign = useAction(() => api.signAccountReview(org.id, review.id, { nextReviewOn: next, note }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await sign.run())) return;
    notify(t('reviews.signed'));
    onSigned();
  };
  return (
    <form onSubmit={submit} className="stack no-print" aria-label={t('reviews.signTitle')}>
      <h2>{t('reviews.signTitle')}</h2>
      <p className="field-hint">{t('reviews.signLead')}</p>
      <FormError error={sign.error} />
      <TextField
        label={t('reviews.next')}
        value={next}
        error={sign.error?.field('nextReviewOn')}
        onChange={(e) => setNext(e.target.value)}
      />
      <TextField label={t('reviews.note')} value={note} error={sign.error?.field('note')} onChange={(e) => setNote(e.target.value)} />
      <SubmitButton pending={sign.pending} label={t('reviews.sign')} />
    </form>
  );
}

/** On paper: the lines the reviewer and the 企画管理者 sign by hand (the record in Mamori is the signed review). */
function SignatureLines({ review }: { review: AccountReviewView }) {
  const t = useT();
  return (
    <div className="print-only review-signatures">
      <p>
        {t('reviews.paperReviewer')}: <span lang="ja">{review.reviewer}</span> ＿＿＿＿＿＿＿＿
      </p>
      <p>
        {t('reviews.paperSigner')}: <span lang="ja">{review.signedBy ?? ''}</span> ＿＿＿＿＿＿＿＿
      </p>
    </div>
  );
}
