/** A document's fields as text, with their labels: how a signed version is shown. */
import type { ReactNode } from 'react';

/** Fields with nothing written (empty, or a `cond && value` that was false) are left out. */
export function ReadOnlyFields({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="read-only">
      {items
        .filter(([, value]) => value !== '' && value !== null && value !== undefined && value !== false)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
