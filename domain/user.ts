// Input rules for users, shared by the API, the CLI and the web forms.
import { z } from 'zod';
import { ROLES } from './roles.ts';

const nfkc = (s: string) => s.normalize('NFKC').trim();

export const loginIdSchema = z
  .string()
  .transform(nfkc)
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/, '英数字と . _ @ - で 3〜64 文字にしてください'));

export const displayNameSchema = z.string().transform(nfkc).pipe(z.string().min(1, '氏名を入力してください').max(100));

export const newUserSchema = z.object({
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  /** omitted: a temporary password is generated and must be changed at first sign-in */
  password: z.string().max(256).optional(),
  isSystemAdmin: z.boolean().optional(),
});

export const orgUserSchema = newUserSchema.omit({ isSystemAdmin: true }).extend({ role: z.enum(ROLES) });
export const memberSchema = z.object({ loginId: loginIdSchema, role: z.enum(ROLES) });
export const roleChangeSchema = z.object({ role: z.enum(ROLES) });

/** How a login ID is matched (users are unique on lower(login_id)): invitations are keyed by this. */
export const loginKey = (loginId: string): string => nfkc(loginId).toLowerCase();
