// Uploads as multipart/form-data through XMLHttpRequest, which (unlike fetch) reports upload
// progress: evidence files, the files of a ledger import, and a logon event file (sent as it is).

import type { LogonReadDetail } from './api/accounts.ts';
import type { PortalSystem } from './api/vendor-portal.ts';
import { ApiError, currentCsrfToken, errorFrom } from './api.ts';
import type {
  AttachedEvidence,
  DeviceImportOptions,
  DeviceImportReport,
  EvidenceFile,
  FeedVersion,
  ScanImportReport,
  WorkbookCorrection,
  WorkbookImportResult,
} from './api-answers.ts';
import { t } from './i18n.ts';

/** A body sent by XMLHttpRequest: `onBytes(sent, total)` as it goes; the answer's JSON, or its error. */
function send<T>(
  path: string,
  body: FormData | Blob,
  headers: Record<string, string>,
  onBytes: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onBytes(e.loaded, e.total);
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', t('error.network'), 0));
    xhr.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(answer as T);
      else reject(errorFrom(xhr.status, answer));
    };
    xhr.send(body);
  });
}

const postForm = <T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> =>
  send(path, form, {}, (sent, total) => onProgress(Math.round((sent / total) * 100)));

/**
 * A logon event file of a system, sent as the request body itself (it may be gigabytes: the server
 * reads it as a stream, never whole); `utcOffset` for formats whose times carry none; `keep`: the
 * original kept in the evidence store (up to its limit).
 */
export function uploadLogonFile(
  at: { orgId: string; accountSystemId: string },
  file: File,
  options: { utcOffset: string; keep: boolean },
  onBytes: (sent: number, total: number) => void,
): Promise<LogonReadDetail> {
  const query = new URLSearchParams({
    fileName: file.name,
    ...(options.utcOffset ? { utcOffset: options.utcOffset } : {}),
    ...(options.keep ? { keep: '1' } : {}),
  });
  const path = `/api/orgs/${encodeURIComponent(at.orgId)}/account-systems/${encodeURIComponent(at.accountSystemId)}/logons?${query}`;
  return send(path, file, { 'Content-Type': 'application/octet-stream' }, onBytes);
}

export function uploadEvidence(
  orgId: string,
  file: File,
  description: string,
  onProgress: (percent: number) => void,
): Promise<EvidenceFile> {
  const form = new FormData();
  form.append('file', file);
  if (description) form.append('description', description);
  return postForm(`/api/orgs/${encodeURIComponent(orgId)}/evidence`, form, onProgress);
}

/** A vendor's file for one item of its form: stored at the institution and attached to the item. */
export function uploadVendorEvidence(
  assessmentId: string,
  itemId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ evidence: AttachedEvidence[] }> {
  const form = new FormData();
  form.append('file', file);
  return postForm(
    `/api/vendor-portal/forms/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(itemId)}/evidence`,
    form,
    onProgress,
  );
}

/** A vendor's MDS/SDS for one system of its invitation: the document and its header. */
export function uploadVendorDisclosure(
  at: { invitationId: string; systemId: string },
  file: File,
  header: { kind: string; jahisVersion: string; issuedOn: string; productVersion: string; note: string },
  onProgress: (percent: number) => void,
): Promise<{ systems: PortalSystem[] }> {
  const form = new FormData();
  form.append('file', file);
  for (const [k, v] of Object.entries(header)) form.append(k, v);
  const path = `/api/vendor-portal/invitations/${encodeURIComponent(at.invitationId)}/systems/${encodeURIComponent(at.systemId)}/disclosures`;
  return postForm(path, form, onProgress);
}

/** A ledger file, previewed (dryRun) or imported with the mapping and corrections chosen on screen. */
export function importDevices(
  orgId: string,
  file: File,
  opts: DeviceImportOptions,
  dryRun: boolean,
  onProgress: (percent: number) => void = () => {},
): Promise<DeviceImportReport> {
  const form = new FormData();
  form.append('file', file);
  form.append('encoding', opts.encoding);
  if (opts.sheet) form.append('sheet', opts.sheet);
  if (opts.mapping) form.append('mapping', JSON.stringify(opts.mapping));
  if (opts.overrides) form.append('overrides', JSON.stringify(opts.overrides));
  if (opts.skipInvalid) form.append('skipInvalid', '1');
  return postForm(`/api/orgs/${encodeURIComponent(orgId)}/devices/import${dryRun ? '?dryRun=1' : ''}`, form, onProgress);
}

/** An nmap XML or GLPI JSON file: its device candidates (dryRun), or the accepted ones written. */
export function importScan(
  orgId: string,
  file: File,
  accept: number[] | null,
  dryRun: boolean,
  onProgress: (percent: number) => void = () => {},
): Promise<ScanImportReport> {
  const form = new FormData();
  form.append('file', file);
  form.append('format', /\.json$/i.test(file.name) ? 'glpi' : 'nmap');
  if (accept) form.append('accept', JSON.stringify(accept));
  return postForm(`/api/orgs/${encodeURIComponent(orgId)}/devices/scan-import${dryRun ? '?dryRun=1' : ''}`, form, onProgress);
}

/** System administrators: feed files (KEV, endoflife.date product files or API JSON, NVD records). */
export function loadFeeds(
  files: { kev: File | null; eol: File[]; nvd: File[] },
  onProgress: (percent: number) => void = () => {},
): Promise<{ loaded: { kind: FeedVersion['kind']; version: string; entries: number }[] }> {
  const form = new FormData();
  if (files.kev) form.append('kev', files.kev);
  for (const f of files.eol) form.append('eol', f);
  for (const f of files.nvd) form.append('nvd', f);
  return postForm('/api/feeds/load', form, onProgress);
}

/** System administrators: the ministry's workbook of one form, read (dryRun) or stored with the rows corrected on screen. */
export function importWorkbook(
  file: File,
  opts: { fiscalYear: number; form: 'institution' | 'vendor'; corrections: WorkbookCorrection[] },
  dryRun: boolean,
  onProgress: (percent: number) => void = () => {},
): Promise<WorkbookImportResult> {
  const form = new FormData();
  form.append('file', file);
  form.append('fiscalYear', String(opts.fiscalYear));
  form.append('form', opts.form);
  form.append('corrections', JSON.stringify(opts.corrections));
  return postForm(`/api/catalog/workbook${dryRun ? '?dryRun=1' : ''}`, form, onProgress);
}
