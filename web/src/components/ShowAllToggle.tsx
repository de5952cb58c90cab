// The button under a list cut to its first lines: shows all of it, or only the first lines again.
import type { MessageKey } from '../i18n.ts';
import { useT } from '../i18n.ts';

interface Props {
  total: number;
  limit: number;
  all: boolean;
  onChange: (all: boolean) => void;
  /** id of the list it controls */
  controls: string;
  labels: { all: MessageKey; fewer: MessageKey };
}

export function ShowAllToggle({ total, limit, all, onChange, controls, labels }: Props) {
  const t = useT();
  if (total <= limit) return null;
  return (
    <button type="button" className="button-link gaps-toggle" aria-expanded={all} aria-controls={controls} onClick={() => onChange(!all)}>
      {all ? t(labels.fewer, { count: limit }) : t(labels.all, { count: total })}
    </button>
  );
}
