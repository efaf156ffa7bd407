/**
 * Locks after a stretch without activity. The deadline is wall-clock time, checked every second
 * and again the moment the window is shown or focused: timers stop while a laptop sleeps, so a
 * machine that slept past its deadline locks as soon as it wakes, before anyone can read it.
 */
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useAutoLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const idleMs = minutes * 60_000;
    let deadline = Date.now() + idleMs;
    let fired = false;
    const touch = () => {
      deadline = Date.now() + idleMs;
    };
    const check = () => {
      if (!fired && Date.now() >= deadline) {
        fired = true;
        onIdleRef.current();
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, touch, { passive: true, capture: true });
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, 1000);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touch, { capture: true });
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, [minutes]);
}
