// MDS/SDS in the vendor portal: the systems of an invitation with the documents the institution keeps,
// and a new document uploaded by the person at the vendor (multipart: file and header).
import { z } from '@hono/zod-openapi';
import { DISCLOSURE_KINDS } from '../../../domain/vendors/disclosure.ts';
import { answer, defineRoute, form, idParam } from '../../http/contract.ts';

const PortalSystemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    /** the version the institution uses */
    currentVersion: z.string(),
    disclosures: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(DISCLOSURE_KINDS),
        jahisVersion: z.string(),
        issuedOn: z.string().nullable(),
        productVersion: z.string(),
        fileName: z.string().nullable(),
        /** the latest of its kind: the one that counts */
        current: z.boolean(),
        recordedAt: z.string(),
      }),
    ),
    /** what the institution still lacks for this system (Mamori's rule, not the 手引き's) */
    problems: z.array(z.string()),
  })
  .openapi('PortalSystem');

const Systems = z.object({ systems: z.array(PortalSystemSchema) });
const tags = ['事業者ポータル'];
const invitation = z.object({ vendorInvitationId: idParam('vendorInvitationId') });

export const portalDisclosureContract = {
  list: defineRoute({
    method: 'get',
    path: '/invitations/{vendorInvitationId}/systems',
    tags,
    summary: '招待のシステムと、医療機関が受け取った MDS/SDS',
    request: { params: invitation },
    responses: { 200: answer(Systems, 'システムごとの MDS/SDS と、足りないもの') },
  }),
  submit: defineRoute({
    method: 'post',
    path: '/invitations/{vendorInvitationId}/systems/{systemId}/disclosures',
    tags,
    summary: 'MDS/SDS を提出する (ファイルは医療機関の証跡ファイルに、記録は事業者台帳に)',
    request: {
      params: invitation.extend({ systemId: idParam('systemId') }),
      ...form({
        file: { description: 'MDS/SDS の文書', file: true, required: true },
        kind: { description: 'mds か sds' },
        jahisVersion: { description: 'JAHIS 標準の版 (Ver.5.0 など)' },
        issuedOn: { description: '作成日 (西暦または和暦)' },
        productVersion: { description: '対象の製品のバージョン' },
        note: { description: '備考' },
      }),
    },
    labels: { kind: '種類', jahisVersion: 'JAHIS の版', issuedOn: '作成日', productVersion: '製品のバージョン', note: '備考' },
    responses: { 201: answer(Systems, '提出後のシステムごとの MDS/SDS') },
  }),
};
