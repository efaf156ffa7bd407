/**
 * What the last sync went past in the sync folder: that everything else synced, then each item
 * once, where it is and what it is, with what the peer can do about it.
 */
import { useTranslation } from 'react-i18next';
import type { SkippedItem } from './sync-runner';

/** More than this, and the rest are counted: the first ones say what to look for. */
const SHOWN = 10;

export function SkippedNotice({ items }: { items: readonly SkippedItem[] }) {
  const { t } = useTranslation();
  const shown = items.slice(0, SHOWN);
  return (
    <div className="notice sync-skipped" role="status">
      <p>{t('sync.skipped.summary', { count: items.length })}</p>
      <ul>
        {shown.map((item) => (
          <li key={item.where}>
            <code>{item.where}</code>:{' '}
            {item.kind === 'records-damaged'
              ? t('sync.skipped.recordsDamaged', { count: item.count })
              : t(`sync.skipped.kinds.${item.kind}`)}
          </li>
        ))}
      </ul>
      {items.length > shown.length && <p>{t('sync.skipped.more', { count: items.length - shown.length })}</p>}
    </div>
  );
}
