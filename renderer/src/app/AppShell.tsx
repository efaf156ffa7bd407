/** The open notebook: a header with "Lock now", and the screens. Idle time locks it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../vault/vault';
import type { LockReason } from './App';
import { useAutoLock } from '../features/lock/use-auto-lock';
import { SettingsContext } from './contexts';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

type Screen = 'people' | 'settings';

export function AppShell({ status, onStatus, onLock }: { status: VaultStatus; onStatus(status: VaultStatus): void; onLock(reason: LockReason): void }) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>('people');
  // Choosing a screen in the menu always starts it afresh (People shows the list, not the last page).
  const [visit, setVisit] = useState(0);
  const show = (next: Screen) => {
    setScreen(next);
    setVisit((count) => count + 1);
  };
  useAutoLock(status.settings.autoLockMinutes, () => onLock('idle'));

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('shell.brand')}</span>
        <nav aria-label={t('shell.menu')}>
          <button type="button" aria-current={screen === 'people' ? 'page' : undefined} onClick={() => show('people')}>
            {t('shell.people')}
          </button>
          <button type="button" aria-current={screen === 'settings' ? 'page' : undefined} onClick={() => show('settings')}>
            {t('shell.settings')}
          </button>
        </nav>
        <button type="button" className="lock-now" onClick={() => onLock('by-hand')}>
          {t('shell.lockNow')}
        </button>
      </header>
      <main className="content">
        <SettingsContext.Provider value={status.settings}>
          {screen === 'people' ? <PeopleScreen key={visit} /> : <SettingsScreen key={visit} status={status} onStatus={onStatus} />}
        </SettingsContext.Provider>
      </main>
    </div>
  );
}
