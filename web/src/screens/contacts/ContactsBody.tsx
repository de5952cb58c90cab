// The chart's parts in reading order: where it stands, the starters to add, the call-order diagram,
// the two lists, and the form to add an entry (editors).
import { useState } from 'react';
import type { ContactChart, ContactEntry } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { AddContactForm } from './AddContactForm.tsx';
import { CallOrderChart } from './CallOrderChart.tsx';
import { ChartStatus } from './ChartStatus.tsx';
import type { RowActions } from './ContactRow.tsx';
import { ContactTable } from './ContactTable.tsx';
import { useChartActions } from './chart-actions.ts';
import { EditContactDialog } from './EditContactDialog.tsx';
import { StarterOffer } from './StarterOffer.tsx';

interface Props {
  orgId: string;
  chart: ContactChart;
  setChart: (chart: ContactChart) => void;
  canWrite: boolean;
  reload: () => void;
}

export function ContactsBody({ orgId, chart, setChart, canWrite, reload }: Props) {
  const { dialog, change, addStarters, move, remove } = useChartActions(orgId, chart, setChart, reload);
  const [editing, setEditing] = useState<ContactEntry | null>(null);
  const actions: RowActions | null = canWrite
    ? {
        busy: change.pending,
        onMove: (e, delta) => void move(e, delta),
        onEdit: setEditing,
        onDelete: (e) => void remove(e),
      }
    : null;
  const empty = chart.internal.length + chart.external.length === 0;
  const starters = <StarterOffer chart={chart} canWrite={canWrite} busy={change.pending} onAdd={(keys) => void addStarters(keys)} />;
  return (
    <>
      {dialog}
      {/* an empty chart starts with how to fill it; later the status leads */}
      {empty && starters}
      <ChartStatus orgId={orgId} chart={chart} canWrite={canWrite} onChart={setChart} />
      {!empty && starters}
      <CallOrderChart chart={chart} />
      <FormError error={change.error} />
      {!empty && (
        <>
          <ContactTable side="internal" entries={chart.internal} actions={actions} />
          <ContactTable side="external" entries={chart.external} actions={actions} />
        </>
      )}
      {canWrite && (
        <div className="no-print">
          <AddContactForm orgId={orgId} onChart={setChart} />
          <EditContactDialog orgId={orgId} entry={editing} onChart={setChart} onClose={() => setEditing(null)} />
        </div>
      )}
    </>
  );
}
