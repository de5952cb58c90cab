// The web client's call of the 事業者台帳 import (see ../api.ts): the file as multipart/form-data
// through the typed client (the form is the request's body; the answer's type comes from the contract).
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

const vendorImport = client.api.orgs[':orgId'].vendors.import;

export type VendorImportEncoding = 'auto' | 'utf8' | 'cp932';

export const vendorImportApi = {
  /** dryRun: the preview only (counts, first changes, problems); otherwise all rows stored, or none */
  importVendors: (orgId: string, file: File, encoding: VendorImportEncoding, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    form.append('encoding', encoding);
    return call(() => vendorImport.$post({ param: params({ orgId }), query: dryRun ? { dryRun: '1' } : {} }, { init: { body: form } }));
  },
};

export type VendorImportReport = Awaited<ReturnType<typeof vendorImportApi.importVendors>>;
