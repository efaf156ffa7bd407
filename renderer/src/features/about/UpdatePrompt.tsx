/**
 * The two moments an update needs the peer: a download waiting for their consent (a metered
 * connection), and a downloaded update waiting for them to restart. Shown at the top of every
 * screen and on "About this installation"; nothing shows when neither is the case.
 */
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '@shared/update-status';
import { useHost } from '../../ui/contexts';
import { Notice, useAction } from '../../ui/form';

export function UpdatePrompt({ status }: { status: UpdateStatus | null }) {
  const { t } = useTranslation();
  const host = useHost();
  const { run, busy, error, setError } = useAction();
  if (status?.state !== 'waiting-for-consent' && status?.state !== 'ready') return null;

  const restart = () =>
    void run(async () => {
      const answer = await host.installUpdateNow();
      if (!answer.installing)
        setError(answer.reason === 'unsaved-work' ? t('about.updates.unsavedWork') : t('about.updates.noUpdateReady'));
    });

  return (
    <section className="update-prompt" aria-label={t('about.updates.title')}>
      <p>{t(`about.updates.${status.state}`, { version: status.version })}</p>
      {status.state === 'waiting-for-consent' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void run(() => host.downloadUpdateWithConsent())}>
          {t('about.updates.download', { version: status.version })}
        </button>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={restart}>
          {t('about.updates.restart')}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
