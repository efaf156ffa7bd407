/**
 * A person's page and the team: "Hand over to another peer" for someone still in this peer's
 * care, and, once they were handed over, what the page says at the top (to whom, when, the
 * consent on record, and that this copy is kept read-only). The vault worker refuses every edit
 * of a handed-over person; this only says so.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import { useVault } from '../../ui/contexts';
import { Notice } from '../../ui/form';
import { HandOverForm } from './HandOverForm';
import type { HandedOver } from './worker/handover-handlers';

export function HandedOverNotice({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const vault = useVault();
  const [handedOver, setHandedOver] = useState<HandedOver | null>(null);
  useEffect(() => void vault('team.handedOverTo', { personId }).then(setHandedOver), [vault, personId]);
  if (!handedOver) return null;
  return (
    <div className="flag" role="status">
      {t('handOver.handedOver', {
        peer: handedOver.toName,
        date: dates.dateTime(handedOver.on),
        givenOn: dates.date(handedOver.consent.givenOn),
      })}
    </div>
  );
}

export function HandOverAction({ personId, personName, onHandedOver }: { personId: string; personName: string; onHandedOver(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (done) return <Notice tone="success">{done}</Notice>;
  if (!open)
    return (
      <p>
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('handOver.personAction')}
        </button>
      </p>
    );
  return (
    <HandOverForm
      people={[{ id: personId, preferredName: personName }]}
      onCancel={() => setOpen(false)}
      onDone={(words) => {
        setDone(words);
        onHandedOver();
      }}
    />
  );
}
