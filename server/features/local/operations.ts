// Administrative operations the CLI runs, either directly on the database or, when a server holds
// the embedded data folder, through the server's local control channel. One implementation serves both.

import { systemKey, vendorKey } from '../../../domain/assessment/vendor-forms.ts';
import { orgInputSchema } from '../../../domain/organization-input.ts';
import { isRole } from '../../../domain/roles.ts';
import { SYSTEM_KINDS } from '../../../domain/vendors/vendor.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { TableFormat } from '../../lib/table-file.ts';
import { parseInput } from '../../lib/validate.ts';
import { readinessForYear } from '../assessments/readiness.ts';
import { startAssessmentFromCli } from '../assessments/start-from-cli.ts';
import { verifyAuditTrail } from '../audit/audit.verify.ts';
import { checkpointOf } from '../audit/export-checkpoint.ts';
import { recordVerification } from '../backup/record-verification.ts';
import { importCatalogVersion } from '../catalog/import-version.ts';
import { importWorkbook } from '../catalog/workbook/import-workbook.ts';
import { workbookOptionsSchema } from '../catalog/workbook/workbook.schemas.ts';
import { exportConnectionsAs } from '../connections/export-connections.ts';
import { exportDevicesAs } from '../devices/export-devices.ts';
import { importDevicesAs } from '../devices/import-devices.ts';
import { importScanAs } from '../devices/scan-import.ts';
import { findingsFor, severitiesParam } from '../feeds/findings.service.ts';
import { loadFeedsAs } from '../feeds/load-feeds.ts';
import { updateFeedsAs } from '../feeds/update-feeds.ts';
import type { Encoding } from '../imports/decode.ts';
import { addToJurisdictionAs, jurisdictionOf, removeFromJurisdictionAs } from '../jurisdiction/jurisdiction.service.ts';
import { rotateSecretsKey } from '../keys/rotate-secrets.ts';
import { presentOrg } from '../orgs/orgs.present.ts';
import { findOrgBySlug, listAllOrgs } from '../orgs/orgs.repo.ts';
import { createOrganizationAs } from '../orgs/orgs.service.ts';
import { EXPORT_FORMATS, type ExportFormat, exportYear } from '../outputs/export-year.ts';
import { firstAdminSchema } from '../setup/setup.contract.ts';
import { createFirstAdmin, needsSetup } from '../setup/setup.service.ts';
import { submitFromCli } from '../submissions/submissions.service.ts';
import { suggestYear } from '../suggestions/suggestions.service.ts';
import { createUserAs } from '../users/create-user.ts';
import { presentUser } from '../users/users.present.ts';
import { listAllUsers } from '../users/users.repo.ts';
import { findUserForCli, resetPasswordAs } from '../users/users.service.ts';
import { inviteVendor, revokeVendorInvitation } from '../vendor-portal/invitations.service.ts';
import { remindDue } from '../vendor-portal/reminders.ts';
import { listSystems, listVendors } from '../vendors/vendors.repo.ts';
import { systemInputSchema, vendorInputSchema } from '../vendors/vendors.schemas.ts';
import { addSystem, registerVendor, vendorsOf } from '../vendors/vendors.service.ts';
import { accountOperations } from './account-operations.ts';
import { type Args, orgOf, text } from './args.ts';
import { incidentOperations } from './incident-operations.ts';

type Operation = (deps: Deps, actor: Actor, args: Args) => Promise<unknown>;

async function orgMembership(deps: Deps, args: Args) {
  const slug = text(args, 'org');
  if (!slug) return undefined;
  const org = await findOrgBySlug(deps.db, slug);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${slug} が見つかりません。`);
  const role = text(args, 'role') ?? 'viewer';
  if (!isRole(role))
    throw new AppError('VALIDATION', '--role は admin / editor / viewer のいずれかです。', { fields: [{ field: 'role', message: role }] });
  return { organizationId: org.id, role };
}

/** A ledger as CSV / CP932 CSV / xlsx, for `mamori export devices|connections`. */
async function ledgerExport(deps: Deps, args: Args, ledger: 'devices' | 'connections') {
  const org = await orgOf(deps, args);
  const format = text(args, 'format') ?? 'csv';
  if (!['csv', 'xlsx'].includes(format)) throw new AppError('VALIDATION', '--format は csv / xlsx のいずれかです。');
  const table: TableFormat = format === 'xlsx' ? 'xlsx' : args.encoding === 'cp932' ? 'csv-cp932' : 'csv';
  const file =
    ledger === 'devices'
      ? await exportDevicesAs(deps, org.id, table, `機器台帳_${org.slug}`)
      : await exportConnectionsAs(deps, org.id, table, `外部接続点_${org.slug}`);
  return { fileName: file.fileName, base64: file.body.toString('base64') };
}

export const operations: Record<string, Operation> = {
  'admin.create': async (deps, actor, args) => {
    const input = { loginId: args.loginId, displayName: args.displayName, password: args.password };
    if (await needsSetup(deps)) return createFirstAdmin(deps, actor, parseInput(firstAdminSchema, input));
    return createUserAs(deps, actor, { ...input, isSystemAdmin: true });
  },
  'org.create': (deps, actor, args) => createOrganizationAs(deps, actor, parseInput(orgInputSchema, args)),
  'org.list': async (deps) => (await listAllOrgs(deps.db)).map((o) => presentOrg(o)),
  'jurisdiction.add': (deps, actor, args) => addToJurisdictionAs(deps, actor, text(args, 'org') ?? '', text(args, 'institution') ?? ''),
  'jurisdiction.remove': (deps, actor, args) =>
    removeFromJurisdictionAs(deps, actor, text(args, 'org') ?? '', text(args, 'institution') ?? ''),
  'jurisdiction.list': (deps, _actor, args) => jurisdictionOf(deps, text(args, 'org') ?? ''),
  submit: (deps, actor, args) => submitFromCli(deps, actor, text(args, 'org') ?? '', text(args, 'fiscalYear')),
  'user.create': async (deps, actor, args) =>
    createUserAs(
      deps,
      actor,
      { loginId: args.loginId, displayName: args.displayName, password: args.password, isSystemAdmin: args.systemAdmin === true },
      await orgMembership(deps, args),
    ),
  'user.list': async (deps) => (await listAllUsers(deps.db)).map(presentUser),
  'user.reset-password': async (deps, actor, args) => {
    const user = await findUserForCli(deps, text(args, 'loginId') ?? '');
    return resetPasswordAs(deps, actor, user, { resetMfa: args.resetMfa === true });
  },
  'audit.verify': (deps, _actor, args) => verifyAuditTrail(deps.db, { checkpoint: args.checkpoint }),
  'backup.verified': (deps, actor, args) => recordVerification(deps, actor, args.result),
  'audit.checkpoint': async (deps, _actor, args) => checkpointOf(deps, text(args, 'org') ? (await orgOf(deps, args)).id : null),
  'secrets.rotate': (deps, actor) => rotateSecretsKey(deps, actor),
  'assessment.start': (deps, actor, args) =>
    startAssessmentFromCli(deps, actor, {
      org: text(args, 'org') ?? '',
      fiscalYear: text(args, 'fiscalYear') ?? '',
      form: text(args, 'form'),
      vendor: text(args, 'vendor'),
      system: text(args, 'system'),
      fromYear: text(args, 'fromYear'),
      noVendorContract: args.noVendorContract === true,
    }),
  'catalog.importWorkbook': (deps, actor, args) => {
    const opts = parseInput(workbookOptionsSchema, { fiscalYear: args.fiscalYear, form: args.form, corrections: args.corrections ?? [] });
    const bytes = Buffer.from(text(args, 'base64') ?? '', 'base64');
    return importWorkbook(deps, actor, { name: text(args, 'file') ?? 'workbook.xlsx', bytes }, { ...opts, dryRun: args.dryRun === true });
  },
  'catalog.import': (deps, actor, args) =>
    importCatalogVersion(deps, actor, text(args, 'text') ?? '', { dryRun: args.dryRun === true, file: text(args, 'file') }),
  export: (deps, _actor, args) => {
    const format = text(args, 'format') ?? 'csv';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new AppError('VALIDATION', `--format は ${EXPORT_FORMATS.join(' / ')} のいずれかです。`);
    return exportYear(deps, {
      org: text(args, 'org') ?? '',
      fiscalYear: Number(args.fiscalYear),
      format: format as ExportFormat,
      form: text(args, 'form') ?? 'institution',
      vendor: text(args, 'vendor'),
      encoding: args.encoding === 'cp932' ? 'cp932' : 'utf8',
    });
  },
  'vendor.list': async (deps, _actor, args) => vendorsOf(deps, (await orgOf(deps, args)).id),
  'vendor.create': async (deps, actor, args) => {
    const orgId = (await orgOf(deps, args)).id;
    const system = text(args, 'system');
    // the system's kind is checked before the vendor is written: a wrong one leaves nothing behind
    const kind = text(args, 'kind') ?? 'other';
    if (system && !(SYSTEM_KINDS as readonly string[]).includes(kind))
      throw new AppError('VALIDATION', `--kind は ${SYSTEM_KINDS.join(' / ')} のいずれかです。`);
    const systemInput = system ? parseInput(systemInputSchema, { name: system, kind }) : null;
    const vendor = await registerVendor(deps, actor, null, orgId, parseInput(vendorInputSchema, { name: args.name, note: args.note }));
    if (!systemInput) return vendor;
    const added = await addSystem(deps, actor, null, orgId, vendor.id, systemInput);
    return { ...vendor, systems: [added] };
  },
  'vendor.invite': async (deps, actor, args) => {
    const org = await orgOf(deps, args);
    const vendor = (await listVendors(deps.db, org.id)).find((v) => v.nameKey === vendorKey(text(args, 'vendor') ?? ''));
    if (!vendor)
      throw new AppError(
        'NOT_FOUND',
        `事業者「${text(args, 'vendor') ?? ''}」は ${org.slug} の事業者台帳にありません (mamori vendor list で確認できます)。`,
      );
    const systemName = text(args, 'system');
    const system = systemName
      ? (await listSystems(deps.db, org.id, vendor.id)).find((s) => systemKey(s.name) === systemKey(systemName))
      : undefined;
    if (systemName && !system) throw new AppError('NOT_FOUND', `事業者「${vendor.name}」にシステム「${systemName}」はありません。`);
    const base = deps.config.publicUrl ?? `http://${deps.config.host}:${deps.config.port}`;
    const input = {
      fiscalYear: text(args, 'fiscalYear'),
      systemIds: system ? [system.id] : [],
      personName: text(args, 'person') ?? '',
      email: text(args, 'email') ?? '',
      days: text(args, 'expires'),
    };
    return inviteVendor(deps, actor, org.id, vendor.id, input, base);
  },
  'vendor.remind': async (deps, actor, args) => {
    if (!deps.config.smtpUrl) throw new AppError('CONFLICT', 'メールの送信が設定されていません (MAMORI_SMTP_URL)。');
    const base = deps.config.publicUrl ?? `http://${deps.config.host}:${deps.config.port}`;
    return remindDue(deps, actor, (await orgOf(deps, args)).id, base, Number(args.every ?? 7));
  },
  'vendor.revoke': async (deps, actor, args) =>
    revokeVendorInvitation(deps, actor, (await orgOf(deps, args)).id, null, text(args, 'invitation') ?? ''),
  'devices.import': async (deps, actor, args) => {
    const org = await orgOf(deps, args);
    const format = text(args, 'format');
    const encoding = text(args, 'encoding') ?? 'auto';
    if (format && !['csv', 'xlsx'].includes(format))
      throw new AppError('VALIDATION', '--format は csv / xlsx のいずれかです (nmap / glpi は今後対応します)。');
    if (!['auto', 'utf8', 'cp932'].includes(encoding))
      throw new AppError('VALIDATION', '--encoding は auto / utf8 / cp932 のいずれかです。');
    const name = text(args, 'fileName') ?? 'import.csv';
    const bytes = new Uint8Array(Buffer.from(text(args, 'base64') ?? '', 'base64'));
    const scan = format === 'nmap' || format === 'glpi' ? format : /\.xml$/i.test(name) ? 'nmap' : /\.json$/i.test(name) ? 'glpi' : null;
    // a scan's candidates are all accepted from the command line; --dry-run lists them
    if (scan) return importScanAs(deps, actor, org.id, { name, bytes }, { format: scan, accept: 'all', dryRun: args.dryRun === true });
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return importDevicesAs(
      deps,
      actor,
      org.id,
      { name, bytes },
      {
        format: (format as 'csv' | 'xlsx' | undefined) ?? (isZip || /\.xlsx$/i.test(name) ? 'xlsx' : 'csv'),
        encoding: encoding as Encoding,
        sheet: text(args, 'sheet'),
        skipInvalid: args.skipInvalid === true,
        dryRun: args.dryRun === true,
      },
    );
  },
  'devices.export': (deps, _actor, args) => ledgerExport(deps, args, 'devices'),
  'connections.export': (deps, _actor, args) => ledgerExport(deps, args, 'connections'),
  suggest: async (deps, _actor, args) => {
    const org = await orgOf(deps, args);
    const year = Number(args.fiscalYear);
    if (!Number.isInteger(year) || year < 2023)
      throw new AppError('VALIDATION', '--fiscal-year は 2023 以降の西暦年 (例: 2025 = 令和7年度) で指定してください。');
    return { organization: org.slug, fiscalYear: year, assessments: await suggestYear(deps, org.id, year) };
  },
  'feeds.load': (deps, actor, args) => {
    const files = (key: string) =>
      ((Array.isArray(args[key]) ? args[key] : []) as { name: string; base64: string }[]).map((f) => ({
        name: f.name,
        bytes: new Uint8Array(Buffer.from(f.base64, 'base64')),
      }));
    return loadFeedsAs(deps, actor, { kev: files('kev')[0], eol: files('eol'), nvd: files('nvd') });
  },
  'feeds.update': (deps, actor, args) => {
    const kinds = (Array.isArray(args.kinds) && args.kinds.length ? args.kinds : ['kev', 'eol']).filter(
      (k): k is 'kev' | 'eol' => k === 'kev' || k === 'eol',
    );
    return updateFeedsAs(deps, actor, { kinds, sha256: { kev: text(args, 'kevSha256'), eol: text(args, 'eolSha256') } });
  },
  findings: async (deps, _actor, args) => {
    const org = await orgOf(deps, args);
    return { organization: org.slug, ...(await findingsFor(deps, org.id, severitiesParam(text(args, 'severity')))) };
  },
  check: async (deps, _actor, args) => {
    const slug = text(args, 'org') ?? '';
    const org = await findOrgBySlug(deps.db, slug);
    if (!org) throw new AppError('NOT_FOUND', `組織 ${slug} が見つかりません。`);
    const year = Number(args.fiscalYear);
    if (!Number.isInteger(year) || year < 2023)
      throw new AppError('VALIDATION', '--fiscal-year は 2023 以降の西暦年 (例: 2025 = 令和7年度) で指定してください。');
    return { organization: org.slug, ...(await readinessForYear(deps, org.id, year)) };
  },
  ...accountOperations,
  ...incidentOperations,
};
