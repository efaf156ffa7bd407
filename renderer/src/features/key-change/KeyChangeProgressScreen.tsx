/**
 * The whole window while the notebook's key changes: every record and history entry is sealed
 * again a page at a time (each step is one vault call, so it can be left running, and a closed app
 * carries on after the next unlock). Nothing else opens until it finishes; then a word on what to
 * do next, and back to the notebook.
 */
import type { Message } from '@shared/messages';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Notice } from '../../ui/form';
import { ProgressBar } from '../../ui/ProgressBar';
import type { VaultStatus } from '../../vault/vault';
import type { KeyChangeProgress } from '../../vault/key-change-run';

export function KeyChangeProgressScreen({ status, onDone }: { status: VaultStatus; onDone(status: VaultStatus): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const message = useMessage();
  const [progress, setProgress] = useState<KeyChangeProgress | null>(status.keyChange);
  const [finished, setFinished] = useState<VaultStatus | null>(null);
  const [problem, setProblem] = useState<readonly Message[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Said when it finishes: where the change was made decides what the peer does about the recovery code.
  const [origin] = useState(status.keyChange?.origin ?? 'here');

  useEffect(() => {
    let stopped = false;
    void (async () => {
      try {
        for (let next = await vault('keyChange.continue'); !stopped; next = await vault('keyChange.continue')) {
          if (!next.keyChange) return setFinished(next);
          setProgress(next.keyChange);
        }
      } catch (caught) {
        if (!stopped) setProblem(messagesOf(caught));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [vault, attempt]);

  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : finished ? 100 : 0;
  return (
    <main className="lock-screen">
      <div className="card" aria-labelledby="key-change-progress-heading">
        {finished ? (
          <>
            <h1 id="key-change-progress-heading">{t('keyChange.progress.doneTitle')}</h1>
            <p>{origin === 'here' ? t('keyChange.progress.doneHere') : t('keyChange.progress.doneAdopted')}</p>
            <button type="button" className="primary" autoFocus onClick={() => onDone(finished)}>
              {t('keyChange.progress.carryOn')}
            </button>
          </>
        ) : (
          <>
            <h1 id="key-change-progress-heading">{t('keyChange.progress.title')}</h1>
            <p>{t('keyChange.progress.intro')}</p>
            <ProgressBar
              label={t('keyChange.progress.label')}
              fraction={percent / 100}
              words={t('keyChange.progress.counted', { done: progress?.done ?? 0, total: progress?.total ?? 0, percent })}
            />
            {problem && (
              <>
                <Notice tone="error">
                  {t('keyChange.progress.stopped')} {message(problem)}
                </Notice>
                <button
                  type="button"
                  onClick={() => {
                    setProblem(null);
                    setAttempt((count) => count + 1);
                  }}
                >
                  {t('keyChange.progress.tryAgain')}
                </button>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
