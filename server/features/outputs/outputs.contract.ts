// The outputs contract (mounted at /api): print views (HTML for the browser's print), PDFs, xlsx and
// the inspection pack. Every answer is a file; the handlers return their Response as it is.
import { z } from '@hono/zod-openapi';
import { defineRoute, ErrorSchema, file, idParam } from '../../http/contract.ts';

const tags = ['帳票出力'];

const html = (description: string) => file(description, 'html');
const pdf = (description: string) => file(description, 'pdf');
const xlsx = (description: string) => file(description, 'xlsx');

const retryAfter = { 'Retry-After': { description: '再試行までの秒数', schema: { type: 'integer' as const } } };

/** PDF work is bounded and queued fairly per organisation: a refusal says when to try again. */
const pdfRefusals = {
  429: {
    description: 'この組織の PDF 作成の順番待ちが一杯 (Retry-After 秒後に再試行)',
    headers: retryAfter,
    content: { 'application/json': { schema: ErrorSchema } },
  },
  503: {
    description: 'PDF 作成が混み合っている・使えない (Retry-After 秒後に再試行)',
    headers: retryAfter,
    content: { 'application/json': { schema: ErrorSchema } },
  },
};

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndAssessment = orgId.extend({ assessmentId: idParam('assessmentId') });
const asOf = z.object({
  asOf: z.string().optional().openapi({ description: 'この日の終わり時点の内容で出力する (和暦・西暦、今日以前)' }),
});
/** required, but checked by the use case after the organisation (another organisation's is a 404 first) */
const fiscalYear = z.object({
  fiscalYear: z.string().optional().openapi({ description: '年度 (必須。2023 以降の西暦年、例: 2025 = 令和7年度)', example: '2025' }),
});

export const outputContract = {
  printCss: defineRoute({
    method: 'get',
    path: '/print/print.css',
    tags,
    summary: '印刷画面のスタイルシート',
    public: true,
    responses: { 200: file('CSS', 'css') },
  }),
  printJs: defineRoute({
    method: 'get',
    path: '/print/print.js',
    tags,
    summary: '印刷画面の印刷ボタンのスクリプト',
    public: true,
    responses: { 200: file('JavaScript', 'js') },
  }),
  assessmentPrint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/print',
    tags,
    summary: 'チェックリストの印刷画面',
    request: { params: orgAndAssessment, query: asOf },
    responses: { 200: html('印刷画面 (ブラウザーで表示して印刷)') },
  }),
  assessmentPdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/export.pdf',
    tags,
    summary: 'チェックリストの PDF',
    request: { params: orgAndAssessment, query: asOf },
    responses: { 200: pdf('PDF (ダウンロード)'), ...pdfRefusals },
  }),
  assessmentXlsx: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/assessments/{assessmentId}/export.xlsx',
    tags,
    summary: 'チェックリストの Excel ファイル',
    request: { params: orgAndAssessment, query: asOf },
    responses: { 200: xlsx('Excel ファイル (ダウンロード)') },
  }),
  contactsPrint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/contacts/print',
    tags,
    summary: '連絡体制図の印刷画面',
    request: { params: orgId },
    responses: { 200: html('印刷画面 (ブラウザーで表示して印刷)') },
  }),
  contactsPdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/contacts/export.pdf',
    tags,
    summary: '連絡体制図の PDF',
    request: { params: orgId },
    responses: { 200: pdf('PDF (ダウンロード)'), ...pdfRefusals },
  }),
  cardPrint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/emergency-card/print',
    tags,
    summary: '緊急時カードの印刷画面 (初動の手順と連絡先を A4 1 枚に)',
    request: { params: orgId },
    responses: { 200: html('印刷画面 (ブラウザーで表示して印刷)') },
  }),
  cardPdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/emergency-card.pdf',
    tags,
    summary: '緊急時カードの PDF',
    request: { params: orgId },
    responses: { 200: pdf('PDF (ダウンロード)'), ...pdfRefusals },
  }),
  packPrint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspection-pack/print',
    tags,
    summary: '立入検査用資料の印刷画面',
    request: { params: orgId, query: fiscalYear },
    responses: { 200: html('その年度のチェックリスト・連絡体制図をまとめた印刷画面') },
  }),
  packPdf: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/inspection-pack.pdf',
    tags,
    summary: '立入検査用資料の PDF',
    request: { params: orgId, query: fiscalYear },
    responses: { 200: pdf('その年度のチェックリスト・連絡体制図をまとめた PDF (ダウンロード)'), ...pdfRefusals },
  }),
};
