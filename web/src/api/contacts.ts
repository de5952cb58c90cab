// The web client's calls of the contacts area (see ../api.ts).

import type { ContactInput, ContactSide } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const contacts = client.api.orgs[':orgId'].contacts;

export const contactsApi = {
  contacts: (orgId: string) => call(() => contacts.$get({ param: params({ orgId }) })),
  addContact: (orgId: string, body: ContactInput) => call(() => contacts.$post({ param: params({ orgId }), json: body })),
  updateContact: (orgId: string, contactId: string, body: ContactInput) =>
    call(() => contacts[':contactId'].$put({ param: params({ orgId, contactId }), json: body })),
  deleteContact: (orgId: string, contactId: string) => call(() => contacts[':contactId'].$delete({ param: params({ orgId, contactId }) })),
  /** all starter entries not added yet, or the given ones */
  addContactStarters: (orgId: string, keys?: string[]) =>
    call(() => contacts.starters.$post({ param: params({ orgId }), json: keys ? { keys } : {} })),
  reorderContacts: (orgId: string, side: ContactSide, ids: string[]) =>
    call(() => contacts.reorder.$post({ param: params({ orgId }), json: { side, ids } })),
  /** the date as typed: 2026-11-22 or 令和8年11月22日 */
  recordPaperChart: (orgId: string, confirmedOn: string | null, evidenceId: string | null) =>
    call(() => contacts.paper.$put({ param: params({ orgId }), json: { confirmedOn, evidenceId } })),
  confirmContacts: (orgId: string, confirmedOn: string) =>
    call(() => contacts.confirm.$post({ param: params({ orgId }), json: { confirmedOn } })),
  contactsOutputUrl: (orgId: string, output: 'print' | 'export.pdf') => `/api/orgs/${id(orgId)}/contacts/${output}`,
};
