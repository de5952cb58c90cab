// What leaves the server about training: a session with its material's file and attendees, a drill
// with its rates, and a person of the 利用者台帳 to pick.
import type { SessionValues } from '../../../domain/training/training.ts';
import type { AttendeeRow, DrillRow, StaffRow, TrainingSessionRow } from './training.repo.ts';

export type FileNames = Map<string, { id: string; fileName: string }>;

export function valuesOfSession(r: TrainingSessionRow): SessionValues {
  return {
    heldOn: r.heldOn,
    topic: r.topic,
    kind: r.kind,
    instructor: r.instructor,
    materialEvidenceId: r.materialEvidenceId,
    note: r.note,
  };
}

export const presentAttendee = (a: AttendeeRow) => ({
  id: a.id,
  /** the 利用者台帳's account when picked from it (null: typed) */
  accountId: a.accountId,
  name: a.name,
  department: a.department,
});

export function presentSession(r: TrainingSessionRow, attendees: AttendeeRow[], files: FileNames) {
  const file = r.materialEvidenceId ? files.get(r.materialEvidenceId) : undefined;
  return {
    id: r.id,
    ...valuesOfSession(r),
    /** the material's file (null when none, or deleted since) */
    material: file ? { id: file.id, fileName: file.fileName } : null,
    attendees: attendees.filter((a) => a.sessionId === r.id).map(presentAttendee),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type SessionView = ReturnType<typeof presentSession>;

export function presentDrill(d: DrillRow) {
  return {
    id: d.id,
    heldOn: d.heldOn,
    scenario: d.scenario,
    sent: d.sent,
    clicked: d.clicked,
    reported: d.reported,
    clickRate: d.sent ? d.clicked / d.sent : null,
    reportRate: d.sent ? d.reported / d.sent : null,
    note: d.note,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  };
}
export type DrillView = ReturnType<typeof presentDrill>;

export function presentStaff(s: StaffRow) {
  return { accountId: s.accountId, name: s.name, department: s.department, systemName: s.systemName };
}
