// What leaves the server about a maintenance confirmation, and how the suggestions read one.
import type { ConfirmationView } from '../../../domain/suggestions/maintenance.ts';
import type { ConfirmationFact } from '../../../domain/suggestions/suggest.ts';
import type { ConfirmationRow } from './maintenance.repo.ts';

export const presentConfirmation = (r: ConfirmationRow): ConfirmationView => ({
  vendorKey: r.vendorKey,
  vendorName: r.vendorName,
  remoteFound: r.remoteFound,
  confirmedBy: r.confirmedBy,
  vendorContact: r.vendorContact,
  confirmedOn: r.confirmedOn,
  documentedAs: r.documentedAs,
  note: r.note,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

export const confirmationFact = (r: ConfirmationRow): ConfirmationFact => ({
  vendorKey: r.vendorKey,
  vendorName: r.vendorName,
  confirmedOn: r.confirmedOn,
  confirmedBy: r.confirmedBy,
  vendorContact: r.vendorContact,
  documentedAs: r.documentedAs,
  remoteFound: r.remoteFound,
});

/** A ledger row as the suggestions and the vendor list name it: 管理番号 and コンピュータ名. */
export const deviceLabel = (d: { id: string; assetNo: string | null; hostname: string }) =>
  [d.assetNo, d.hostname].filter(Boolean).join(' ') || d.id.slice(0, 8);
