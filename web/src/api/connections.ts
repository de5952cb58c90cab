// The web client's calls of the connections area (see ../api.ts).

import type { ConnectionInput } from '../api-answers.ts';
import { client, params } from '../api-client.ts';
import { call, id } from '../api-core.ts';

const connections = client.api.orgs[':orgId'].connections;

export const connectionsApi = {
  connections: (orgId: string) => call(() => connections.$get({ param: params({ orgId }) })),
  createConnection: (orgId: string, body: ConnectionInput) => call(() => connections.$post({ param: params({ orgId }), json: body })),
  updateConnection: (orgId: string, pointId: string, body: ConnectionInput & { version: number }) =>
    call(() => connections[':connectionId'].$put({ param: params({ orgId, connectionId: pointId }), json: body })),
  connectionsUrl: (orgId: string, output: 'print' | 'export.pdf' | 'export?format=csv' | 'export?format=csv-sjis' | 'export?format=xlsx') =>
    `/api/orgs/${id(orgId)}/connections/${output}`,
};
