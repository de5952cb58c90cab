// The web client's calls of the suggestions area (see ../api.ts).

import type { LedgerSettingsInput, MaintenanceConfirmationInput } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const org = client.api.orgs[':orgId'];

export const suggestionsApi = {
  suggestions: (orgId: string, assessmentId: string) =>
    call(() => org.assessments[':assessmentId'].suggestions.$get({ param: params({ orgId, assessmentId }) })),
  ledgerSettings: (orgId: string) => call(() => org['ledger-settings'].$get({ param: params({ orgId }) })),
  maintenanceVendors: (orgId: string) => call(() => org['maintenance-confirmations'].$get({ param: params({ orgId }) })),
  saveMaintenanceConfirmation: (orgId: string, body: MaintenanceConfirmationInput) =>
    call(() => org['maintenance-confirmations'].$put({ param: params({ orgId }), json: body })),
  updateLedgerSettings: (orgId: string, body: LedgerSettingsInput) =>
    call(() => org['ledger-settings'].$put({ param: params({ orgId }), json: body })),
};
