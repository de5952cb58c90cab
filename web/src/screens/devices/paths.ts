// Where the device ledger's pages are.
export const devicesPath = (slug: string) => `/o/${encodeURIComponent(slug)}/devices`;
export const devicePath = (slug: string, id: string) => `${devicesPath(slug)}/${encodeURIComponent(id)}`;
