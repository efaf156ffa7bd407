/** On Today, beside what came back: finished notes and plans the agency needs co-signed that are not yet (never sent, returned, or changed since). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { useDates } from '../../i18n/use-dates';
import type { CoSignDue } from './worker/co-sign-handlers';

export function CoSignDueList() {
  const { t } = useTranslation();
  const vault = useVault();
  const navigate = useNavigate();
  const dates = useDates();
  const [{ items, total }, setDue] = useState<{ items: CoSignDue[]; total: number }>({ items: [], total: 0 });

  useEffect(() => {
    let current = true;
    // A reminder only: if it cannot be read, the rest of Today still shows.
    vault('team.coSignDue').then(
      (due) => current && setDue(due),
      () => current && setDue({ items: [], total: 0 }),
    );
    return () => {
      current = false;
    };
  }, [vault]);

  if (items.length === 0) return null;
  return (
    <section className="today-group" aria-labelledby="co-sign-due-title">
      <h2 id="co-sign-due-title">{t('review.due.title')}</h2>
      <ul>
        {items.map((item) => {
          const what = t(`review.what.${item.kind}`, { date: dates.date(item.date), version: item.version });
          const { state } = item;
          const text =
            state.state === 'returned'
              ? t('review.due.returned', { name: item.personName, what, reviewer: state.reviewer, comment: state.comment })
              : state.state === 'changed'
                ? t('review.due.changed', { name: item.personName, what, reviewer: state.reviewer })
                : t('review.due.needed', { name: item.personName, what });
          return (
            <li key={item.recordId} className="today-item">
              <button type="button" className="link today-open" onClick={() => navigate(item.place)}>
                {text}
              </button>
            </li>
          );
        })}
      </ul>
      {total > items.length && <p className="hint">{t('review.due.more', { count: total - items.length })}</p>}
    </section>
  );
}
