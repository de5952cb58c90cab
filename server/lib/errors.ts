// The one error type. Codes are stable (clients and tests rely on them); HTTP status is mapped once,
// in server/http/errors.ts.
export const errorStatus = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  MFA_REQUIRED: 401,
  MFA_INVALID: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_SET_UP: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 429,
  /** too many attempts from one client address (sign-in throttling); answered with Retry-After */
  RATE_LIMITED: 429,
  /** the organisation (or user) already has as many PDFs running and waiting as allowed; with Retry-After */
  PDF_QUEUE_FULL: 429,
  /** the server's PDF waiting line is full; with Retry-After */
  PDF_BUSY: 503,
  DATA_DIR_LOCKED: 503,
  BACKUP_INVALID: 400,
  RESTORE_TARGET_NOT_EMPTY: 409,
  CATALOG_INVALID: 400,
  /** an uploaded file that cannot be read as what it claims (encoding, zip, XML, JSON) */
  IMPORT_FILE_INVALID: 400,
  IMPORT_ENCODING: 400,
  /** rows of an import were rejected: nothing was written; details.rejected names row, column, reason */
  IMPORT_ROWS_INVALID: 422,
  UNAVAILABLE: 503,
  /** too many requests waiting for the database: refused at once, with Retry-After */
  SERVER_BUSY: 503,
  /** the key file (or MAMORI_AUDIT_KEY) is missing, broken or not the one this database was keyed with */
  KEYS_UNUSABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  /** dotted path of the field, e.g. "password" or "rows.3.ip" */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[] | undefined;
  readonly details: Record<string, unknown> | undefined;
  /** seconds after which a retry may succeed: sent as the Retry-After header (429, 503) */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldIssue[]; details?: Record<string, unknown>; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = '対象'): AppError => new AppError('NOT_FOUND', `${what}が見つかりません。`);
/** What an unknown route answers — and a route someone may not know of (a vendor person outside the portal). */
export const noSuchRoute = (): AppError => new AppError('NOT_FOUND', 'ページまたは API が見つかりません。');
