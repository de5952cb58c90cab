// On the sheet of a 事業者確認用 the vendor answers through an invitation: where the vendor's answers
// stand, and, once the vendor submitted them, the institution accepts them or returns them with a
// comment per item (editors and administrators). The form counts for readiness only once accepted.
import { useRef, useState } from 'react';
import { can } from '../../../../domain/roles.ts';
import { reviewStatusLabels } from '../../../../domain/vendors/invitation.ts';
import { api } from '../../api.ts';
import type { Assessment, OrgSummary } from '../../api-answers.ts';
import { FieldErrorText, TextAreaField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate } from '../../query.ts';
import '../../messages/vendor-review.ts';

type Decision = 'accept' | 'return';

interface Props {
  org: OrgSummary;
  sheet: Assessment;
  /** reads the sheet again after the review */
  onReviewed: () => void;
}

export function VendorReviewPanel({ org, sheet, onReviewed }: Props) {
  const t = useT();
  const lang = useLang();
  // after a decision the form goes away: focus moves to the heading, not to the page's start
  const heading = useRef<HTMLHeadingElement>(null);
  const status = sheet.reviewStatus;
  if (status === null) return null;
  const canWrite = can(org.role, 'org.write');
  const explanation =
    status === 'answering'
      ? t('vendorReview.answering')
      : status === 'returned'
        ? t('vendorReview.returned')
        : status === 'accepted'
          ? t('vendorReview.accepted')
          : canWrite
            ? t('vendorReview.submitted')
            : t('vendorReview.submittedViewer');
  return (
    <section className="card vendor-review" aria-labelledby="vendor-review-heading">
      <h2 id="vendor-review-heading" ref={heading} tabIndex={-1}>
        {t('vendorReview.title')}
      </h2>
      <p role="status">
        <strong>{t('vendorReview.status', { status: reviewStatusLabels[status][lang] })}</strong>
      </p>
      <p>{explanation}</p>
      {status === 'returned' && <SentComments sheet={sheet} />}
      {status === 'submitted' && canWrite && (
        <ReviewForm
          org={org}
          sheet={sheet}
          onReviewed={() => {
            heading.current?.focus();
            onReviewed();
          }}
        />
      )}
    </section>
  );
}

/** The comments sent with the return, per item, as the vendor reads them. */
function SentComments({ sheet }: { sheet: Assessment }) {
  const t = useT();
  const sent = sheet.items.filter((item) => sheet.reviewComments[item.id]);
  if (sent.length === 0) return null;
  return (
    <>
      <h3>{t('vendorReview.sent')}</h3>
      <dl className="vendor-review-sent">
        {sent.map((item) => (
          <div key={item.id}>
            <dt>{item.label}</dt>
            <dd lang="ja">{sheet.reviewComments[item.id]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function ReviewForm({ org, sheet, onReviewed }: Props) {
  const t = useT();
  const { notify } = useNotice();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [open, setOpen] = useState(false);
  const review = useAction((decision: Decision) =>
    api.reviewVendorForm(org.id, sheet.id, {
      decision,
      ...(decision === 'return' ? { comments: written(comments) } : {}),
    }),
  );
  const items = sheet.items.filter((item) => item.status !== 'reference');
  const commentsError = review.error?.field('comments');

  const decide = async (decision: Decision) => {
    const done = await review.run(decision);
    if (!done) {
      // a return without a comment: open the comments so the person sees where to write
      if (decision === 'return') setOpen(true);
      return;
    }
    setComments({});
    notify(decision === 'accept' ? t('vendorReview.acceptedNotice') : t('vendorReview.returnedNotice'));
    void invalidate(['org', org.id, 'readiness']);
    onReviewed();
  };

  return (
    <form
      className="vendor-review-form"
      aria-labelledby="vendor-review-heading"
      aria-busy={review.pending || undefined}
      onSubmit={(e) => e.preventDefault()}
    >
      <FormError error={review.error} />
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('vendorReview.comments')}</summary>
        <p className="field-hint" id="vendor-review-hint">
          {t('vendorReview.commentsHint')}
        </p>
        <FieldErrorText id="vendor-review-comments-error" error={commentsError} lang="ja" />
        {items.map((item) => (
          <TextAreaField
            key={item.id}
            label={t('vendorReview.commentFor', { item: item.label })}
            rows={2}
            maxLength={2000}
            value={comments[item.id] ?? ''}
            onChange={(e) => {
              const value = e.target.value;
              setComments((c) => ({ ...c, [item.id]: value }));
            }}
          />
        ))}
      </details>
      <div className="button-row">
        <button type="button" disabled={review.pending} onClick={() => void decide('accept')}>
          {t('vendorReview.accept')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={review.pending}
          aria-describedby={commentsError ? 'vendor-review-comments-error' : 'vendor-review-hint'}
          onClick={() => void decide('return')}
        >
          {t('vendorReview.return')}
        </button>
      </div>
    </form>
  );
}

/** The comments with text in them (the server drops empty ones too). */
function written(comments: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(comments).filter(([, v]) => v.trim() !== ''));
}
