// A file sent as multipart/form-data: the form's fields and the file, refused above the upload limit;
// JSON fields of the form parsed with a message naming the field.
import type { Context } from 'hono';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';

export async function uploadedFile(c: Context<AppEnv>) {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'ファイルは multipart/form-data で送信してください。');
  }
  const form = await c.req.parseBody();
  const upload = form.file;
  if (!(upload instanceof File))
    throw new AppError('VALIDATION', 'ファイルを選択してください。', { fields: [{ field: 'file', message: 'ファイルがありません' }] });
  const limit = c.get('deps').config.maxUploadBytes;
  if (upload.size > limit) throw new AppError('PAYLOAD_TOO_LARGE', `ファイルが大きすぎます (上限 ${Math.round(limit / 1048576)} MB)。`);
  return { form, upload, bytes: new Uint8Array(await upload.arrayBuffer()) };
}

/** A table to import (multipart: file, format csv|xlsx, encoding, sheet): the format from the form, else the file's own signature or name. */
export async function tableUpload(c: Context<AppEnv>, dryRun: boolean) {
  const { form, upload, bytes } = await uploadedFile(c);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format: 'csv' | 'xlsx' =
    form.format === 'xlsx' || form.format === 'csv' ? form.format : zip || /\.xlsx$/i.test(upload.name) ? 'xlsx' : 'csv';
  const encoding: 'auto' | 'utf8' | 'cp932' = form.encoding === 'utf8' || form.encoding === 'cp932' ? form.encoding : 'auto';
  const sheet = typeof form.sheet === 'string' && form.sheet ? form.sheet : undefined;
  return { file: { name: upload.name, bytes }, opts: { format, encoding, sheet, dryRun }, form };
}

/** An evidence upload's file and description (multipart "file", "description"); the service checks size and kind. */
export async function evidenceUploadOf(c: Context<AppEnv>): Promise<{ fileName: string; bytes: Uint8Array; description?: string }> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'ファイルは multipart/form-data で送信してください。');
  }
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) {
    throw new AppError('VALIDATION', 'ファイルを選択してください。', { fields: [{ field: 'file', message: 'ファイルがありません' }] });
  }
  const description = typeof form.description === 'string' ? form.description : undefined;
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ...(description ? { description } : {}) };
}

// biome-ignore lint/suspicious/noExplicitAny: the caller checks the shape (zod or its own test)
export const jsonField = (raw: unknown, field: string): any => {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', `${field} の JSON 形式が正しくありません。`, { fields: [{ field, message: 'JSON ではありません' }] });
  }
};
