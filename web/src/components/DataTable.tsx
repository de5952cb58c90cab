// A table of rows under column headings, scrolling sideways on its own when narrow; with `empty`, a
// sentence stands instead of a table that has no rows.
import type { ReactNode } from 'react';

interface Props<T> {
  /** the column headings; a `false` one is left out (a column the user may not use) */
  columns: (string | false)[];
  rows: T[];
  empty?: string;
  className?: string;
  /** for screen readers only */
  caption?: string;
  /** one row: a <tr> with its key */
  children: (row: T) => ReactNode;
  /** a wide table of text only (nothing in it takes the focus): its scrolling region is a named stop in the tab order */
  focusable?: boolean;
}

export function DataTable<T>({ columns, rows, empty, className, caption, children, focusable = false }: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-wrap" {...(focusable ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}>
      <table className={className}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns
              .filter((heading): heading is string => heading !== false)
              .map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{rows.map((row) => children(row))}</tbody>
      </table>
    </div>
  );
}
