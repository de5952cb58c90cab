// The evidence contract: an organisation's evidence files (upload, list, download, delete).
import { z } from '@hono/zod-openapi';
import { answer, defineRoute, file, form, idParam } from '../../http/contract.ts';

export const EvidenceFileSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
    sha256: z.string(),
    description: z.string().nullable(),
    uploadedBy: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('EvidenceFile');

const orgId = z.object({ orgId: idParam('orgId') });
const orgAndEvidence = orgId.extend({ evidenceId: idParam('evidenceId') });
const tags = ['証跡ファイル'];

export const evidenceContract = {
  list: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/evidence',
    tags,
    summary: '証跡ファイルの一覧',
    request: { params: orgId },
    responses: {
      200: answer(
        z.object({ files: z.array(EvidenceFileSchema), maxUploadBytes: z.number() }),
        '証跡ファイルとアップロードの上限 (バイト)',
      ),
    },
  }),
  upload: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/evidence',
    tags,
    summary: '証跡ファイルをアップロードする (編集者以上)',
    description: '保存できる種類は内容で確かめます (実行ファイル・マクロ付き文書などは拒否)。',
    request: {
      params: orgId,
      ...form({
        file: { description: '証跡ファイル', file: true, required: true },
        description: { description: '説明' },
      }),
    },
    responses: { 201: answer(EvidenceFileSchema, '保存した証跡ファイル') },
  }),
  download: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/evidence/{evidenceId}',
    tags,
    summary: '証跡ファイルをダウンロードする',
    request: { params: orgAndEvidence },
    responses: {
      200: file('ファイルの内容 (添付ファイルとして、保存時に確かめた種類で)', 'bytes'),
    },
  }),
  delete: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/evidence/{evidenceId}',
    tags,
    summary: '証跡ファイルを削除する (編集者以上)',
    request: { params: orgAndEvidence },
    responses: { 200: answer(z.object({ deleted: z.boolean() }), '削除した') },
  }),
};
