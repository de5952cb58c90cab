// The 事業者確認用 answered through an invitation: the vendor's side (read, answer, submit) under
// /api/vendor-portal, and the institution's review (accept, or return with a comment per item).
import { z } from '@hono/zod-openapi';
import { REVIEW_STATUSES } from '../../../domain/vendors/invitation.ts';
import { answer, defineRoute, file, idParam, json, form as multipart } from '../../http/contract.ts';
import { AssessmentSchema, EvidenceList, SavedAnswerSchema } from '../assessments/assessments.contract.ts';
import { answerInputSchema, itemScopeSchema } from '../assessments/assessments.schemas.ts';
import { FormHelpSchema } from '../catalog/catalog.contract.ts';

const ReviewSchema = z
  .object({
    status: z.enum(REVIEW_STATUSES).nullable(),
    /** the status in words (Japanese) */
    label: z.string().nullable(),
    /** the institution's comment per item when it returned the form */
    comments: z.record(z.string(), z.string()),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
  })
  .openapi('VendorFormReview');

export const VendorFormSchema = AssessmentSchema.extend({ review: ReviewSchema }).openapi('VendorForm');

const portalTags = ['事業者ポータル'];
const form = z.object({ assessmentId: idParam('assessmentId') });

export const portalFormsContract = {
  forms: defineRoute({
    method: 'get',
    path: '/invitations/{vendorInvitationId}/forms',
    tags: portalTags,
    summary: '招待の事業者確認用 (システムごと、または 1 通)',
    request: { params: z.object({ vendorInvitationId: idParam('vendorInvitationId') }) },
    responses: { 200: answer(z.object({ forms: z.array(VendorFormSchema) }), '様式と回答') },
  }),
  form: defineRoute({
    method: 'get',
    path: '/forms/{assessmentId}',
    tags: portalTags,
    summary: '事業者確認用 1 通 (回答と差し戻しのコメント)',
    request: { params: form },
    responses: { 200: answer(VendorFormSchema, '様式と回答') },
  }),
  help: defineRoute({
    method: 'get',
    path: '/forms/{assessmentId}/help',
    tags: portalTags,
    summary: '様式の項目ごとの解説 (Mamori による; 様式が答えられている版の)',
    request: { params: form },
    responses: { 200: answer(FormHelpSchema, '項目ごとの解説 (ないものは null)') },
  }),
  saveAnswer: defineRoute({
    method: 'put',
    path: '/forms/{assessmentId}/answers/{itemId}',
    tags: portalTags,
    summary: '項目に回答する (回答中・差し戻し中のみ; version が違えば 409)',
    request: { params: form.extend({ itemId: z.string().max(100) }), ...json(answerInputSchema) },
    responses: { 200: answer(SavedAnswerSchema, '保存した回答') },
  }),
  scope: defineRoute({
    method: 'put',
    path: '/forms/{assessmentId}/answers/{itemId}/scope',
    tags: portalTags,
    summary: '項目を契約範囲外にする・戻す (回答欄は空になる; 回答中・差し戻し中のみ)',
    request: { params: form.extend({ itemId: z.string().max(100) }), ...json(itemScopeSchema) },
    responses: { 200: answer(SavedAnswerSchema, '変更後の項目') },
  }),
  uploadEvidence: defineRoute({
    method: 'post',
    path: '/forms/{assessmentId}/answers/{itemId}/evidence',
    tags: portalTags,
    summary: '項目に証跡ファイルをアップロードして添付する (医療機関の証跡ファイルに保存; 回答中・差し戻し中のみ)',
    description: '保存できる種類と大きさは医療機関の証跡ファイルと同じです (内容で確かめます)。',
    request: {
      params: form.extend({ itemId: z.string().max(100) }),
      ...multipart({
        file: { description: '証跡ファイル', file: true, required: true },
        description: { description: '説明' },
      }),
    },
    responses: { 200: answer(EvidenceList, '項目に添付されているファイル') },
  }),
  detachEvidence: defineRoute({
    method: 'delete',
    path: '/forms/{assessmentId}/answers/{itemId}/evidence/{evidenceId}',
    tags: portalTags,
    summary: '自分が添付したファイルを項目から外す (回答中・差し戻し中のみ)',
    request: { params: form.extend({ itemId: z.string().max(100), evidenceId: idParam('evidenceId') }) },
    responses: { 200: answer(EvidenceList, '項目に添付されているファイル') },
  }),
  downloadEvidence: defineRoute({
    method: 'get',
    path: '/forms/{assessmentId}/evidence/{evidenceId}',
    tags: portalTags,
    summary: '様式に添付されたファイルをダウンロードする',
    request: { params: form.extend({ evidenceId: idParam('evidenceId') }) },
    responses: { 200: file('ファイルの内容 (添付ファイルとして)', 'bytes') },
  }),
  submit: defineRoute({
    method: 'post',
    path: '/forms/{assessmentId}/submit',
    tags: portalTags,
    summary: '医療機関に提出する (医療機関が受理するか差し戻す)',
    request: { params: form },
    responses: { 200: answer(VendorFormSchema, '提出した様式') },
  }),
};

export const reviewContract = {
  review: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/assessments/{assessmentId}/review',
    tags: ['事業者'],
    summary: '事業者が提出した事業者確認用を受理する、または項目ごとのコメントをつけて差し戻す (担当者・管理者)',
    request: {
      params: z.object({ orgId: idParam('orgId'), assessmentId: idParam('assessmentId') }),
      ...json(z.object({ decision: z.string().max(20).optional(), comments: z.record(z.string(), z.string()).optional() })),
    },
    labels: { decision: '判断', comments: 'コメント' },
    responses: { 200: answer(VendorFormSchema, '受理または差し戻した様式') },
  }),
};
