// Where the organisation's pages are, as typed link options for <Link {...x}> and navigate(x): the
// compiler checks each against the route tree (routes.tsx), parameters included.
import { linkOptions } from '@tanstack/react-router';

export const orgHomeLink = (slug: string) => linkOptions({ to: '/o/$slug', params: { slug } });
export const checklistLink = (slug: string) => linkOptions({ to: '/o/$slug/checklist', params: { slug } });
export const assessmentLink = (slug: string, assessmentId: string) =>
  linkOptions({ to: '/o/$slug/checklist/$assessmentId', params: { slug, assessmentId } });
export const devicesLink = (slug: string) => linkOptions({ to: '/o/$slug/devices', params: { slug } });
export const deviceLink = (slug: string, deviceId: string) => linkOptions({ to: '/o/$slug/devices/$deviceId', params: { slug, deviceId } });
export const newDeviceLink = (slug: string) => linkOptions({ to: '/o/$slug/devices/new', params: { slug } });
export const deviceImportLink = (slug: string) => linkOptions({ to: '/o/$slug/devices/import', params: { slug } });
export const connectionsLink = (slug: string) => linkOptions({ to: '/o/$slug/connections', params: { slug } });
export const contactsLink = (slug: string) => linkOptions({ to: '/o/$slug/contacts', params: { slug } });
export const findingsLink = (slug: string) => linkOptions({ to: '/o/$slug/findings', params: { slug } });
export const vendorsLink = (slug: string) => linkOptions({ to: '/o/$slug/vendors', params: { slug } });
export const vendorLink = (slug: string, vendorId: string) => linkOptions({ to: '/o/$slug/vendors/$vendorId', params: { slug, vendorId } });
export const accountSystemLink = (slug: string, accountSystemId: string) =>
  linkOptions({ to: '/o/$slug/accounts/$accountSystemId', params: { slug, accountSystemId } });
export const accountReviewLink = (slug: string, accountReviewId: string) =>
  linkOptions({ to: '/o/$slug/accounts/reviews/$accountReviewId', params: { slug, accountReviewId } });
export const backupPlansLink = (slug: string) => linkOptions({ to: '/o/$slug/backups', params: { slug } });
export const backupPlanLink = (slug: string, backupPlanId: string) =>
  linkOptions({ to: '/o/$slug/backups/$backupPlanId', params: { slug, backupPlanId } });
export const inspectionsLink = (slug: string) => linkOptions({ to: '/o/$slug/inspections', params: { slug } });
export const inspectionLink = (slug: string, inspectionId: string) =>
  linkOptions({ to: '/o/$slug/inspections/$inspectionId', params: { slug, inspectionId } });
export const incidentsLink = (slug: string) => linkOptions({ to: '/o/$slug/incidents', params: { slug } });
export const incidentLink = (slug: string, incidentId: string) =>
  linkOptions({ to: '/o/$slug/incidents/$incidentId', params: { slug, incidentId } });
export const settingsLink = (slug: string) => linkOptions({ to: '/o/$slug/settings', params: { slug } });

/**
 * A ledger row a suggestion or a finding points at: the device's page, a system's vendor, an account's
 * system, a system's backup (バックアップ台帳), or the list of 外部接続点.
 */
export const rowLink = (slug: string, row: { type: string; id: string; vendorId?: string | undefined; systemId?: string | undefined }) =>
  row.type === 'device'
    ? deviceLink(slug, row.id)
    : row.type === 'system' && row.vendorId
      ? vendorLink(slug, row.vendorId)
      : (row.type === 'account' || row.type === 'logon') && row.systemId
        ? accountSystemLink(slug, row.systemId)
        : row.type === 'backup'
          ? backupPlanLink(slug, row.id)
          : connectionsLink(slug);
