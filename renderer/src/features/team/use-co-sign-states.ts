/** The co-signature state of a person's notes or plans, read again whenever `changed` (their list) changes or one is sent. */
import { useCallback, useEffect, useState } from 'react';
import type { CoSignState } from '@shared/team/co-sign-state';
import { useVault } from '../../ui/contexts';

export function useCoSignStates(personId: string, changed: unknown): { states: Record<string, CoSignState>; reload(): void } {
  const vault = useVault();
  const [states, setStates] = useState<Record<string, CoSignState>>({});
  const [sent, setSent] = useState(0);
  useEffect(() => {
    let current = true;
    // Only a line of status: if it cannot be read, the note or plan still shows without it.
    vault('team.coSignStates', { personId }).then(
      (read) => current && setStates(read),
      () => current && setStates({}),
    );
    return () => {
      current = false;
    };
  }, [vault, personId, changed, sent]);
  const reload = useCallback(() => setSent((count) => count + 1), []);
  return { states, reload };
}
