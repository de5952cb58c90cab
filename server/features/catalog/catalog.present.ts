// What leaves the server about checklist versions: a summary for lists, the whole version on request.
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';

export const presentVersionSummary = (v: CatalogVersion) => ({
  id: v.id,
  revision: v.revision,
  fiscalYear: v.fiscalYear,
  label: v.label,
  released: v.released,
  published: v.provenance.published,
  forms: v.forms.map((f) => ({
    form: f.form,
    label: f.label,
    /** other kinds of institution this form serves (R8: pharmacies) */
    alsoFor: f.alsoFor ?? [],
    items: f.items.length,
    unconfirmed: f.items.filter((i) => i.wording !== 'confirmed').length,
  })),
});
