// The whole dictionary: one record per key with its Japanese and English text.

import { accountReviews } from './account-reviews.ts';
import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { areas } from './areas.ts';
import { assessments } from './assessments.ts';
import { audit } from './audit.ts';
import { auth } from './auth.ts';
import { backupImport } from './backup-import.ts';
import { backupLedger } from './backup-ledger.ts';
import { backups } from './backups.ts';
import { bcp } from './bcp.ts';
import { catalogAdmin } from './catalog-admin.ts';
import { checklist } from './checklist.ts';
import { common } from './common.ts';
import { connections } from './connections.ts';
import { contactEdit } from './contact-edit.ts';
import { contacts } from './contacts.ts';
import { devices } from './devices.ts';
import { disclosures } from './disclosures.ts';
import { findings } from './findings.ts';
import { home } from './home.ts';
import { imports } from './imports.ts';
import { incidents } from './incidents.ts';
import { inspections } from './inspections.ts';
import { invitations } from './invitations.ts';
import { itemEvidence } from './item-evidence.ts';
import { itemHelp } from './item-help.ts';
import { itemScope } from './item-scope.ts';
import { jurisdiction } from './jurisdiction.ts';
import { liveAccess } from './live-access.ts';
import { logList } from './log-list.ts';
import { logons } from './logons.ts';
import { maintenance } from './maintenance.ts';
import { training } from './training.ts';
import { vendorImport } from './vendor-import.ts';
import { vendorInvitations } from './vendor-invitations.ts';
import { vendorPortal } from './vendor-portal.ts';
import { vendorReview } from './vendor-review.ts';
import { vendors } from './vendors.ts';

export const messages = {
  ...common,
  ...auth,
  ...admin,
  ...areas,
  ...audit,
  ...backups,
  ...backupImport,
  ...backupLedger,
  ...bcp,
  ...checklist,
  ...catalogAdmin,
  ...assessments,
  ...contacts,
  ...connections,
  ...contactEdit,
  ...devices,
  ...home,
  ...invitations,
  ...findings,
  ...itemEvidence,
  ...itemHelp,
  ...itemScope,
  ...maintenance,
  ...vendors,
  ...vendorImport,
  ...accounts,
  ...imports,
  ...accountReviews,
  ...logList,
  ...logons,
  ...training,
  ...jurisdiction,
  ...liveAccess,
  ...inspections,
  ...vendorPortal,
  ...disclosures,
  ...vendorReview,
  ...vendorInvitations,
  ...incidents,
};
export type MessageKey = keyof typeof messages;
