/**
 * Arriving somewhere new: when a new screen heading (an h1) appears in `area`, it takes the focus,
 * so keyboard and screen-reader users start at the top of what they opened instead of on <body>,
 * and its words are handed back to be announced in a polite live region. A peer typing in a field
 * (search as you type) keeps the focus; the arrival is still announced.
 */
import { useEffect, useState, type RefObject } from 'react';

const typingInAField = (): boolean => {
  const active = document.activeElement;
  return active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement || active instanceof HTMLInputElement;
};

export function useScreenArrival(area: RefObject<HTMLElement | null>): string {
  const [arrivedAt, setArrivedAt] = useState('');
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    let current: HTMLElement | null = null;
    const look = () => {
      const heading = element.querySelector('h1');
      if (!heading || heading === current) return;
      current = heading;
      setArrivedAt(heading.textContent ?? '');
      if (typingInAField()) return;
      heading.tabIndex = -1;
      heading.focus();
    };
    // Screens show their heading once their records are read: watch for it rather than guess when.
    const observer = new MutationObserver(look);
    observer.observe(element, { childList: true, subtree: true });
    look();
    return () => observer.disconnect();
  }, [area]);
  return arrivedAt;
}

/** The skip link's target: the screen's heading, or the content area while it has none yet. */
export function focusContent(area: HTMLElement | null): void {
  const target = area?.querySelector('h1') ?? area;
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
}
