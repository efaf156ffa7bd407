/** What came back from review and the peer has not read yet: on the Team screen, and on Today when there is any. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import type { CameBack } from './worker/team-handlers';

export function CameBackList({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [items, setItems] = useState<CameBack[] | null>(null);
  const [read, setRead] = useState(0);

  useEffect(() => {
    void vault('team.cameBack').then(setItems);
  }, [vault, read]);

  if (!items || (hideWhenEmpty && items.length === 0)) return null;
  return (
    <section aria-labelledby="came-back-title">
      <h2 id="came-back-title">{t('team.cameBack.title')}</h2>
      {items.length === 0 && <p>{t('team.cameBack.empty')}</p>}
      <ul>
        {items.map((item) => {
          const kind = t(`history.kinds.${item.recordKind}`);
          return (
            <li key={item.id}>
              {item.status === 'co-signed'
                ? t('team.cameBack.coSigned', { kind, reviewer: item.reviewerName })
                : t('team.cameBack.returned', { kind, reviewer: item.reviewerName, comment: item.comment })}{' '}
              <button type="button" onClick={() => void vault('team.markSeen', { id: item.id }).then(() => setRead((count) => count + 1))}>
                {t('team.cameBack.markRead')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
