import type { ReactNode } from 'react';
import '../pages.css';

/** A record's facts as label and value pairs; pairs without a value are left out rather than shown empty. */
export function DetailList({ id, items }: Readonly<{ id?: string; items: readonly (readonly [string, ReactNode])[] }>) {
  return (
    <dl className="detail-list" id={id}>
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false)
        .map(([label, value]) => (
          <div key={label} className="detail-list__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
