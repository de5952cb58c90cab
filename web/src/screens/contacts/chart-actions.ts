// The changes made from the chart's lists: add starters, move an entry, delete one (after asking).
// Each answer is the whole chart, which replaces the one on screen; the outcome is announced through
// the page's live region, and focus is put back where the person was.
import { type ReactNode, useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { ContactChart, ContactEntry } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { type Action, useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { moveButtonId } from './ContactRow.tsx';
import { sideHeadingId } from './ContactTable.tsx';
import { entryName, movedIds } from './contact-text.ts';

type Focus = { kind: 'move'; id: string; delta: -1 | 1 } | { kind: 'heading'; id: string };

export interface ChartActions {
  dialog: ReactNode;
  change: Action<[() => Promise<ContactChart>], ContactChart>;
  addStarters: (keys?: string[]) => Promise<void>;
  move: (entry: ContactEntry, delta: -1 | 1) => Promise<void>;
  remove: (entry: ContactEntry) => Promise<void>;
}

export function useChartActions(orgId: string, chart: ContactChart, setChart: (c: ContactChart) => void, reload: () => void): ChartActions {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const change = useAction((fn: () => Promise<ContactChart>) => fn());
  const [focus, setFocus] = useState<Focus | null>(null);

  // after the new chart is on screen: the moved entry's button (the other one at either end), or a heading
  useEffect(() => {
    if (!focus) return;
    setFocus(null);
    if (focus.kind === 'heading') {
      document.getElementById(focus.id)?.focus();
      return;
    }
    const same = document.getElementById(moveButtonId(focus.id, focus.delta)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(focus.id, focus.delta === -1 ? 1 : -1));
    (same && !same.disabled ? same : other)?.focus();
  }, [focus]);

  const apply = (next: ContactChart | undefined, message: string, then?: Focus) => {
    if (!next) return;
    setChart(next);
    notify(message);
    if (then) setFocus(then);
  };

  const addStarters = async (keys?: string[]) => {
    const before = chart.starters.length;
    const wasEmpty = chart.internal.length + chart.external.length === 0;
    const next = await change.run(() => api.addContactStarters(orgId, keys));
    const left = next?.starters.length ?? before;
    // the button pressed is gone: on to the chart, or back to the starters still offered
    const heading = wasEmpty || left === 0 ? 'call-order-heading' : 'starters-heading';
    apply(next, t('contacts.starters.added', { count: before - left }), { kind: 'heading', id: heading });
  };

  const move = async (entry: ContactEntry, delta: -1 | 1) => {
    const ids = movedIds(entry.side === 'internal' ? chart.internal : chart.external, entry.id, delta);
    if (!ids || change.pending) return;
    const next = await change.run(async () => {
      try {
        return await api.reorderContacts(orgId, entry.side, ids);
      } catch (err) {
        // someone else changed the list: show theirs, keep the message
        if (err instanceof ApiError && err.code === 'CONFLICT') reload();
        throw err;
      }
    });
    const position = ids.indexOf(entry.id) + 1;
    apply(next, t('contacts.moved', { name: entryName(entry), position }), { kind: 'move', id: entry.id, delta });
  };

  const remove = async (entry: ContactEntry) => {
    const name = entryName(entry);
    const ok = await confirm({
      title: t('contacts.deleteTitle'),
      message: t('contacts.deleteConfirm', { name }),
      confirmLabel: t('contacts.delete'),
      danger: true,
    });
    if (!ok) return;
    const next = await change.run(() => api.deleteContact(orgId, entry.id));
    apply(next, t('contacts.deleted', { name }), { kind: 'heading', id: sideHeadingId(entry.side) });
  };

  return { dialog, change, addStarters, move, remove };
}
