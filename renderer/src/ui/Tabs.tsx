/**
 * Tabs as the WAI-ARIA pattern has them: one Tab stop (the chosen tab), arrow keys, Home and End
 * to move along and choose, each tab naming the panel it controls. Tabs can nest: a chosen tab's
 * panel may hold a second row of tabs.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export function Tabs<T extends string>({
  label,
  items,
  selected,
  onSelect,
  className = 'tabs',
  children,
}: {
  /** What the row of tabs is, for screen readers. */
  label: string;
  items: readonly TabItem<T>[];
  selected: T;
  onSelect(id: T): void;
  className?: string;
  /** The chosen tab's panel. */
  children: ReactNode;
}) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: T) => `${prefix}-tab-${id}`;
  const panelId = `${prefix}-panel`;
  const choose = (index: number) => {
    const next = items[(index + items.length) % items.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.id))}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = items.findIndex((item) => item.id === selected);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(to);
  };
  return (
    <>
      <div role="tablist" aria-label={label} className={className} ref={list} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.id}
            id={tabId(item.id)}
            type="button"
            role="tab"
            aria-selected={item.id === selected}
            aria-controls={panelId}
            tabIndex={item.id === selected ? 0 : -1}
            onClick={() => onSelect(item.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} className="tab-panel">
        {children}
      </div>
    </>
  );
}
