// The web client's calls of the connections area (see ../api.ts).
import { get, id, post, put } from '../api-core.ts';
import type { ConnectionInput, ConnectionPoint } from '../api-types.ts';

export const connectionsApi = {
  connections: (orgId: string) => get<{ connections: ConnectionPoint[] }>(`/api/orgs/${id(orgId)}/connections`),
  createConnection: (orgId: string, body: ConnectionInput) => post<ConnectionPoint>(`/api/orgs/${id(orgId)}/connections`, body),
  updateConnection: (orgId: string, pointId: string, body: ConnectionInput) =>
    put<ConnectionPoint>(`/api/orgs/${id(orgId)}/connections/${id(pointId)}`, body),
  connectionsUrl: (orgId: string, output: 'print' | 'export.pdf' | 'export?format=csv' | 'export?format=csv-sjis' | 'export?format=xlsx') =>
    `/api/orgs/${id(orgId)}/connections/${output}`,
};
