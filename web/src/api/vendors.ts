// The web client's calls of the 事業者 ledger (see ../api.ts).

import type { DisclosureInput, SystemInput, VendorInput } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const vendors = client.api.orgs[':orgId'].vendors;
const settings = client.api.orgs[':orgId']['vendor-settings'];

export const vendorsApi = {
  vendorSettings: (orgId: string) => call(() => settings.$get({ param: params({ orgId }) })),
  updateVendorSettings: (orgId: string, body: { formsPer: 'vendor' | 'system' }) =>
    call(() => settings.$put({ param: params({ orgId }), json: body })),
  vendorsExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/vendors/export?format=${format}`,
  vendors: (orgId: string) => call(() => vendors.$get({ param: params({ orgId }) })),
  vendor: (orgId: string, vendorId: string) => call(() => vendors[':vendorId'].$get({ param: params({ orgId, vendorId }) })),
  vendorsFromChart: (orgId: string) => call(() => vendors['from-chart'].$post({ param: params({ orgId }) })),
  createVendor: (orgId: string, body: VendorInput) => call(() => vendors.$post({ param: params({ orgId }), json: body })),
  updateVendor: (orgId: string, vendorId: string, body: VendorInput & { version: number }) =>
    call(() => vendors[':vendorId'].$put({ param: params({ orgId, vendorId }), json: body })),
  createSystem: (orgId: string, vendorId: string, body: SystemInput) =>
    call(() => vendors[':vendorId'].systems.$post({ param: params({ orgId, vendorId }), json: body })),
  updateSystem: (orgId: string, vendorId: string, systemId: string, body: SystemInput & { version: number }) =>
    call(() => vendors[':vendorId'].systems[':systemId'].$put({ param: params({ orgId, vendorId, systemId }), json: body })),
  createDisclosure: (orgId: string, vendorId: string, systemId: string, body: DisclosureInput) =>
    call(() => vendors[':vendorId'].systems[':systemId'].disclosures.$post({ param: params({ orgId, vendorId, systemId }), json: body })),
  updateDisclosure: (
    orgId: string,
    vendorId: string,
    systemId: string,
    disclosureId: string,
    body: DisclosureInput & { version: number },
  ) =>
    call(() =>
      vendors[':vendorId'].systems[':systemId'].disclosures[':disclosureId'].$put({
        param: params({ orgId, vendorId, systemId, disclosureId }),
        json: body,
      }),
    ),
  /** the annex answers read from the vendor's own sheet, for the person to check (nothing stored) */
  readAnnex: (orgId: string, file: File, kind: 'mds' | 'sds') => {
    const form = new FormData();
    form.append('file', file);
    form.append('kind', kind);
    return call(() => vendors['annex-read'].$post({ param: params({ orgId }) }, { init: { body: form } }));
  },
};
