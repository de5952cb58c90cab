// The BCP 確認表 as it leaves the server: the ministry's five steps with their 大項目 and 確認項目 (each
// with its provenance, and an administrator's correction where there is one), Mamori's own checks
// apart, every row's answer and what the ledgers say about it (the prefill, with its evidence), the BCP
// document the sheet checks, and the counts the BCP item reads.
import type { BcpPrefill } from '../../../domain/bcp/prefill.ts';
import {
  BCP_SHEET,
  groupKey,
  isAnswerable,
  type Provenance,
  SHEET_EDITION,
  SHEET_HEADER_NOTE,
  SHEET_SOURCE,
  SHEET_TITLE,
  type SheetCheck,
  sheetSummary,
} from '../../../domain/bcp/sheet.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { CheckTextRow, SheetAnswerRow, SheetRow } from './sheet.repo.ts';

export type FileNames = Map<string, { id: string; fileName: string }>;

const correctionOf = (row: CheckTextRow | undefined) =>
  row ? { text: row.text, source: row.source, correctedAt: row.updatedAt.toISOString(), version: row.version } : null;

export function presentAnswer(a: SheetAnswerRow, files: FileNames) {
  return {
    value: a.value ?? null,
    note: a.note,
    evidenceId: a.evidenceId,
    evidence: a.evidenceId ? (files.get(a.evidenceId) ?? null) : null,
    carried: a.carried,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}

export interface SheetParts {
  year: number;
  years: number[];
  carryFrom: number | null;
  sheet: SheetRow | undefined;
  answers: SheetAnswerRow[];
  texts: CheckTextRow[];
  /** what the registers say per row: today's for this year and later, as kept with each answer for a past year */
  prefills: Map<string, BcpPrefill>;
  files: FileNames;
}

export function presentSheet(p: SheetParts) {
  const texts = new Map(p.texts.map((t) => [t.key, t]));
  const corrected = new Set(texts.keys());
  const answers = new Map(p.answers.map((a) => [a.checkKey, a]));
  const checkOf = (c: SheetCheck) => {
    const correction = correctionOf(texts.get(c.key));
    const answer = answers.get(c.key);
    return {
      key: c.key,
      text: c.text,
      provenance: c.provenance as Provenance,
      origin: c.origin,
      correction,
      /** a row whose text nobody has seen cannot be answered until an administrator supplies it */
      answerable: isAnswerable(c, corrected),
      prefill: p.prefills.get(c.key) ?? null,
      answer: answer ? presentAnswer(answer, p.files) : null,
    };
  };
  const steps = BCP_SHEET.map((s) => ({
    no: s.no,
    title: s.title,
    description: s.description,
    descriptionProvenance: s.descriptionProvenance,
    incomplete: s.incomplete,
    groups: s.groups.map((g) => ({
      no: g.no,
      title: g.title,
      titleProvenance: g.titleProvenance,
      titleCorrection: correctionOf(texts.get(groupKey(g.no))),
      note: g.note ?? null,
      checks: g.checks.map(checkOf),
    })),
    mamori: s.mamori.map(checkOf),
  }));
  const sheet = p.sheet;
  return {
    fiscalYear: p.year,
    fiscalYearLabel: fiscalYear(p.year).label,
    title: SHEET_TITLE,
    edition: SHEET_EDITION,
    source: SHEET_SOURCE,
    headerNote: SHEET_HEADER_NOTE,
    /** fiscal years with a sheet, newest first */
    years: p.years,
    /** when this year has no sheet yet: the year whose answers starting it carries forward */
    carryFrom: sheet ? null : p.carryFrom,
    sheet: sheet
      ? {
          id: sheet.id,
          carriedFrom: sheet.carriedFrom,
          planOn: sheet.planOn,
          planEvidenceId: sheet.planEvidenceId,
          planEvidence: sheet.planEvidenceId ? (p.files.get(sheet.planEvidenceId) ?? null) : null,
          planNote: sheet.planNote,
          version: sheet.version,
          updatedAt: sheet.updatedAt.toISOString(),
        }
      : null,
    steps,
    summary: sheetSummary(
      steps
        .flatMap((st) => [...st.groups.flatMap((g) => g.checks), ...st.mamori])
        .map((c) => ({
          origin: c.origin,
          answerable: c.answerable,
          value: c.answer?.value ?? null,
          carried: c.answer?.carried ?? false,
        })),
    ),
  };
}

export type SheetView = ReturnType<typeof presentSheet>;
