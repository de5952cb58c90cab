// The web client's calls of the contacts area (see ../api.ts).
import { del, get, id, post, put, request } from '../api-core.ts';
import type { ContactChart, ContactInput, ContactSide } from '../api-types.ts';

export const contactsApi = {
  contacts: (orgId: string) => get<ContactChart>(`/api/orgs/${id(orgId)}/contacts`),
  addContact: (orgId: string, body: ContactInput) => post<ContactChart>(`/api/orgs/${id(orgId)}/contacts`, body),
  updateContact: (orgId: string, contactId: string, body: ContactInput) =>
    put<ContactChart>(`/api/orgs/${id(orgId)}/contacts/${id(contactId)}`, body),
  deleteContact: (orgId: string, contactId: string) => del<ContactChart>(`/api/orgs/${id(orgId)}/contacts/${id(contactId)}`),
  /** all starter entries not added yet, or the given ones */
  addContactStarters: (orgId: string, keys?: string[]) =>
    post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/starters`, keys ? { keys } : {}),
  reorderContacts: (orgId: string, side: ContactSide, ids: string[]) =>
    post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/reorder`, { side, ids }),
  /** the date as typed: 2026-11-22 or 令和8年11月22日 */
  recordPaperChart: (orgId: string, confirmedOn: string | null, evidenceId: string | null) =>
    request<ContactChart>('PUT', `/api/orgs/${id(orgId)}/contacts/paper`, { confirmedOn, evidenceId }),
  confirmContacts: (orgId: string, confirmedOn: string) => post<ContactChart>(`/api/orgs/${id(orgId)}/contacts/confirm`, { confirmedOn }),
  contactsOutputUrl: (orgId: string, output: 'print' | 'export.pdf') => `/api/orgs/${id(orgId)}/contacts/${output}`,
};
