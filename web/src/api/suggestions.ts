// The web client's calls of the suggestions area (see ../api.ts).
import type { ConfirmationView, MaintenanceVendorsView } from '../../../domain/suggestions/maintenance.ts';
import { get, id, put } from '../api-core.ts';
import type { LedgerSettings, SheetSuggestions } from '../api-types.ts';

export const suggestionsApi = {
  suggestions: (orgId: string, assessmentId: string) =>
    get<SheetSuggestions>(`/api/orgs/${id(orgId)}/assessments/${id(assessmentId)}/suggestions`),
  ledgerSettings: (orgId: string) => get<LedgerSettings>(`/api/orgs/${id(orgId)}/ledger-settings`),
  maintenanceVendors: (orgId: string) => get<MaintenanceVendorsView>(`/api/orgs/${id(orgId)}/maintenance-confirmations`),
  saveMaintenanceConfirmation: (orgId: string, body: Record<string, unknown>) =>
    put<ConfirmationView>(`/api/orgs/${id(orgId)}/maintenance-confirmations`, body),
  updateLedgerSettings: (orgId: string, body: { devicesReviewedOn?: string; patchMaxDays?: number }) =>
    put<LedgerSettings>(`/api/orgs/${id(orgId)}/ledger-settings`, body),
};
