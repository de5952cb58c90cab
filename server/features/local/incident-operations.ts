// Incident mode's local operations (`mamori incident start|log|export`): with the CLI's local authority
// (the operator), the organisation named by its slug and the incident by its number or id.
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { incidentReportFile } from '../incidents/incident-outputs.ts';
import { addEntryAs, incidentOf, startIncidentAs } from '../incidents/incidents.service.ts';
import { pdfFor } from '../outputs/outputs.service.ts';
import { type Args, orgOf, text } from './args.ts';

type Operation = (deps: Deps, actor: Actor, args: Args) => Promise<unknown>;

const incidentRef = (args: Args) => {
  const ref = text(args, 'incident');
  if (!ref) throw new AppError('VALIDATION', '--incident でインシデントの番号 (または id) を指定してください。');
  return ref;
};

export const incidentOperations: Record<string, Operation> = {
  'incident.start': async (deps, actor, args) =>
    startIncidentAs(deps, actor, (await orgOf(deps, args)).id, { title: text(args, 'title') ?? '' }),
  'incident.log': async (deps, actor, args) => {
    const orgId = (await orgOf(deps, args)).id;
    const entry = await addEntryAs(deps, actor, orgId, incidentRef(args), { text: text(args, 'text') ?? '', at: text(args, 'at') ?? '' });
    return { ...entry, incident: (await incidentOf(deps.db, orgId, incidentRef(args), deps.clock.now())).incident.no };
  },
  'incident.export': async (deps, _actor, args) => {
    const org = await orgOf(deps, args);
    const format = text(args, 'format') === 'text' ? 'text' : 'pdf';
    const file = await incidentReportFile(deps, org, incidentRef(args), format, pdfFor(org.id));
    return { fileName: file.fileName, base64: (await file.body).toString('base64') };
  },
};
