// A screen's title: the <h1>, the document title, and focus on the heading whenever a new screen
// replaces another (navigation, or the next sign-in step), so screen-reader users hear where they are.
import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n.ts';

interface PageProps {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

let screensShown = 0;

export function Page({ title, lead, actions, children }: PageProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // not on the first screen of a page load: the browser starts at the top of the document there;
    // without scrolling: a new page starts at the top anyway, and Back returns to where it was (scroll.ts)
    if (screensShown++ > 0) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </>
  );
}

/** A card with its heading; `level` 3 for a card inside a section that has its own h2. */
export function Section({ title, children, id, level = 2 }: { title: string; children: ReactNode; id?: string; level?: 2 | 3 }) {
  const headingId = `${id ?? title}-heading`.replace(/\s+/g, '-');
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {children}
    </section>
  );
}
