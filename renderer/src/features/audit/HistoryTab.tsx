/** Everything done with a person's records, newest first, and whether the history is intact. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownKind } from '@shared/records/record-kinds';
import { useVault } from '../../ui/contexts';
import { Notice, Working } from '../../ui/form';
import type { VaultCallResult } from '../../worker/vault-handlers';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { isMessage } from '@shared/messages';

/** The kinds of record a person's history names in words; any other kind is shown as stored. */

export function HistoryTab({ personId }: { personId: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  // A line is worded from its message; an event written before lines had one shows its English as stored.
  const lineOf = (event: { summary: string; note?: unknown }) => (isMessage(event.note) ? message(event.note) : event.summary);
  const [history, setHistory] = useState<VaultCallResult<'audit.history'> | null>(null);
  useEffect(() => void vault('audit.history', { personId }).then(setHistory), [vault, personId]);
  if (!history) return <Working label={t('history.opening')} />;
  const { events, integrity, thisDevice } = history;

  return (
    <div>
      {integrity.ok ? (
        <p className="hint" role="status">
          {t('history.intact')}
        </p>
      ) : (
        <Notice tone="error">
          {t('history.tampered', { entry: integrity.brokenAt, problem: t(`history.problems.${integrity.problem}`) })}
        </Notice>
      )}
      <table className="log">
        <caption className="visually-hidden">{t('history.caption')}</caption>
        <thead>
          <tr>
            <th>{t('history.columns.when')}</th>
            <th>{t('history.columns.what')}</th>
            <th>{t('history.columns.record')}</th>
            <th>{t('history.columns.who')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td>{dates.dateTime(event.at, 'medium')}</td>
              <td>
                {lineOf(event)
                  ? t('history.withSummary', { action: t(`history.actions.${event.action}`), summary: lineOf(event) })
                  : t(`history.actions.${event.action}`)}
              </td>
              <td>{isKnownKind(event.recordKind) ? t(`history.kinds.${event.recordKind}`) : event.recordKind}</td>
              <td>
                {event.actor === thisDevice ? t('history.thisDevice') : t('history.otherDevice', { device: event.actor.slice(0, 6) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
