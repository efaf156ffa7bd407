/** The open notebook: a header with the menu and "Lock now", and the screens. Idle time locks it. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../vault/vault';
import type { LockReason } from './App';
import { useAutoLock } from '../features/lock/use-auto-lock';
import { SettingsContext } from './contexts';
import { NavigationContext, type Place, type ScreenName } from './navigation';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/** The menu, in the order a peer's day uses it. */
const MENU: readonly ScreenName[] = ['people', 'settings'];

export function AppShell({ status, onStatus, onLock, landing = 'people' }: { status: VaultStatus; onStatus(status: VaultStatus): void; onLock(reason: LockReason): void; landing?: ScreenName }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place>({ screen: landing } as Place);
  // Going somewhere always starts that screen afresh (People shows the list, not the last page).
  const [visit, setVisit] = useState(0);
  const go = (next: Place) => {
    setPlace(next);
    setVisit((count) => count + 1);
  };
  useAutoLock(status.settings.autoLockMinutes, () => onLock('idle'));

  const screens: Record<ScreenName, () => ReactNode> = {
    today: () => null,
    people: () => <PeopleScreen key={visit} open={place.screen === 'people' && place.personId ? { personId: place.personId, tab: place.tab } : undefined} />,
    resources: () => null,
    search: () => null,
    settings: () => <SettingsScreen key={visit} status={status} onStatus={onStatus} />,
    about: () => null,
  };

  return (
    <NavigationContext.Provider value={go}>
      <div className="shell">
        <header className="topbar">
          <span className="brand">{t('shell.brand')}</span>
          <nav aria-label={t('shell.menu')}>
            {MENU.map((screen) => (
              <button key={screen} type="button" aria-current={place.screen === screen ? 'page' : undefined} onClick={() => go({ screen } as Place)}>
                {t(`shell.${screen}`)}
              </button>
            ))}
          </nav>
          <button type="button" className="lock-now" onClick={() => onLock('by-hand')}>
            {t('shell.lockNow')}
          </button>
        </header>
        <main className="content">
          <SettingsContext.Provider value={status.settings}>{screens[place.screen]()}</SettingsContext.Provider>
        </main>
      </div>
    </NavigationContext.Provider>
  );
}
