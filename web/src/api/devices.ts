// The web client's calls of the devices area (see ../api.ts). Imports are uploads with progress
// (../upload.ts); their answers' types come from the contract too (api-answers.ts).

import type { DeviceInput, DeviceListQuery } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const devices = client.api.orgs[':orgId'].devices;

/** The list's query as the screens keep it (URL form: q=…&class=pc,server&limit=50). */
const queryOf = (query: string): DeviceListQuery => Object.fromEntries(new URLSearchParams(query));

export const devicesApi = {
  devices: (orgId: string, query: string) => call(() => devices.$get({ param: params({ orgId }), query: queryOf(query) })),
  device: (orgId: string, deviceId: string) => call(() => devices[':deviceId'].$get({ param: params({ orgId, deviceId }) })),
  createDevice: (orgId: string, body: DeviceInput) => call(() => devices.$post({ param: params({ orgId }), json: body })),
  updateDevice: (orgId: string, deviceId: string, body: DeviceInput & { version: number }) =>
    call(() => devices[':deviceId'].$put({ param: params({ orgId, deviceId }), json: body })),
  retireDevice: (orgId: string, deviceId: string) => call(() => devices[':deviceId'].retire.$post({ param: params({ orgId, deviceId }) })),
  bulkChangeDevices: (orgId: string, ids: string[], changes: { status?: string; location?: string; vendorName?: string }) =>
    call(() => devices.bulk.$post({ param: params({ orgId }), json: { ids, changes } })),
  devicesExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/devices/export?format=${format}`,
};
