// What the sheet tells screen-reader users after a save or a switch, in a polite live region. Each
// message gets a new key, so the same words said twice are read twice.
import { useCallback, useState } from 'react';

export interface Live {
  n: number;
  message: string;
}

export function useAnnouncer(): { live: Live; announce: (message: string) => void } {
  const [live, setLive] = useState<Live>({ n: 0, message: '' });
  const announce = useCallback((message: string) => setLive((l) => ({ n: l.n + 1, message })), []);
  return { live, announce };
}

export function LiveRegion({ live }: { live: Live }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {live.message && <p key={live.n}>{live.message}</p>}
    </div>
  );
}
