// The web client's calls of the devices area (see ../api.ts).
import { get, id, post, put } from '../api-core.ts';
import type { Device, DeviceHistoryEntry, DeviceInput, DeviceList } from '../api-types.ts';

export const devicesApi = {
  devices: (orgId: string, query: string) => get<DeviceList>(`/api/orgs/${id(orgId)}/devices?${query}`),
  device: (orgId: string, deviceId: string) =>
    get<{ device: Device; history: DeviceHistoryEntry[] }>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}`),
  createDevice: (orgId: string, body: DeviceInput) => post<Device>(`/api/orgs/${id(orgId)}/devices`, body),
  updateDevice: (orgId: string, deviceId: string, body: DeviceInput) => put<Device>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}`, body),
  retireDevice: (orgId: string, deviceId: string) => post<Device>(`/api/orgs/${id(orgId)}/devices/${id(deviceId)}/retire`),
  bulkChangeDevices: (orgId: string, ids: string[], changes: { status?: string; location?: string; vendorName?: string }) =>
    post<{ devices: Device[]; changed: number }>(`/api/orgs/${id(orgId)}/devices/bulk`, { ids, changes }),
  devicesExportUrl: (orgId: string, format: 'csv' | 'csv-sjis' | 'xlsx') => `/api/orgs/${id(orgId)}/devices/export?format=${format}`,
};
