/**
 * Tells the host whether any form holds unsaved changes, so an update never restarts the app over
 * them. Each form reports its own state; the host hears "unsaved" while at least one has changes,
 * and "nothing unsaved" once the last is saved or closed (the main process assumes unsaved work
 * until told otherwise).
 */
import { useEffect } from 'react';
import type { HostApi } from '@shared/host-api';
import { useHost } from './contexts';

const formsWithChanges = new Set<symbol>();
let lastReported: boolean | null = null;

function report(host: HostApi): void {
  const unsaved = formsWithChanges.size > 0;
  if (unsaved === lastReported) return;
  lastReported = unsaved;
  void host.setUnsavedWork(unsaved);
}

export function useUnsavedWork(unsaved: boolean): void {
  const host = useHost();
  useEffect(() => {
    if (!unsaved) {
      report(host);
      return;
    }
    const form = Symbol('form with changes');
    formsWithChanges.add(form);
    report(host);
    return () => {
      formsWithChanges.delete(form);
      report(host);
    };
  }, [host, unsaved]);
}
