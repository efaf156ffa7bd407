/** Updates from the agency's feed as the main process reports them: read once, then followed. */
import { useEffect, useState } from 'react';
import type { UpdateStatus } from '@shared/update-status';
import { useHost } from '../../ui/contexts';

export function useUpdateStatus(): UpdateStatus | null {
  const host = useHost();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    let current = true;
    const off = host.on('updateStatusChanged', (next) => current && setStatus(next));
    void host.getUpdateStatus().then((first) => current && setStatus((seen) => seen ?? first));
    return () => {
      current = false;
      off();
    };
  }, [host]);
  return status;
}
