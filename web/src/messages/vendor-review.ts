// The institution's review of a 事業者確認用 answered by the vendor through an invitation: its status on
// the sheet, and accepting it or returning it with a comment per item.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const vendorReview = register({
  'vendorReview.title': { ja: '事業者の回答の確認', en: "Review of the vendor's answers" },
  'vendorReview.status': { ja: '事業者の回答: {status}', en: "Vendor's answers: {status}" },
  'vendorReview.answering': {
    ja: '事業者が招待のリンクから回答しています。提出されたら、ここで受理するか差し戻します。受理するまで、この様式は準備状況に数えません。',
    en: 'The vendor is answering through the invitation link. Once submitted, accept it or return it here. The form counts for readiness only once accepted.',
  },
  'vendorReview.returned': {
    ja: '差し戻しました。事業者がコメントを見て修正しています。再び提出されたら確認してください。受理するまで、この様式は準備状況に数えません。',
    en: 'Returned: the vendor is fixing the answers after your comments. Review them again once resubmitted. The form counts for readiness only once accepted.',
  },
  'vendorReview.submitted': {
    ja: '事業者が回答を提出しました。下の回答を確かめて、受理するか、直してほしい項目にコメントをつけて差し戻してください。',
    en: 'The vendor submitted the answers. Check them below, then accept them, or return them with a comment on each item to fix.',
  },
  'vendorReview.submittedViewer': {
    ja: '事業者が回答を提出しました。担当者または管理者が受理するか差し戻します。受理するまで、この様式は準備状況に数えません。',
    en: 'The vendor submitted the answers. An editor or administrator accepts or returns them. The form counts for readiness only once accepted.',
  },
  'vendorReview.accepted': { ja: '受理しました。', en: 'Accepted.' },
  'vendorReview.comments': { ja: '差し戻すときのコメント (項目ごと)', en: 'Comments for a return (per item)' },
  'vendorReview.commentsHint': {
    ja: '差し戻すときは、直してほしい項目に少なくとも 1 つコメントを書いてください。受理するときのコメントは保存しません。',
    en: 'To return the form, write a comment on at least one item to fix. Comments are not kept when you accept.',
  },
  'vendorReview.commentFor': { ja: '{item} へのコメント', en: 'Comment on {item}' },
  'vendorReview.accept': { ja: '受理する', en: 'Accept' },
  'vendorReview.return': { ja: '差し戻す', en: 'Return' },
  'vendorReview.acceptedNotice': { ja: '受理しました', en: 'Accepted' },
  'vendorReview.returnedNotice': { ja: '差し戻しました', en: 'Returned to the vendor' },
  'vendorReview.sent': { ja: '差し戻したときのコメント', en: 'Comments sent with the return' },
} satisfies Dict);
