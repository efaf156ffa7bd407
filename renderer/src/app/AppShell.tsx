/** The open notebook: a header with the menu and "Lock now", and the screens. Idle time locks it. */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../vault/vault';
import type { LockReason } from './App';
import { useAutoLock } from '../features/lock/use-auto-lock';
import { SettingsContext, useInstallationPolicy } from '../ui/contexts';
import { effectiveAutoLockMinutes } from '../vault/settings';
import { AboutScreen } from '../features/about/AboutScreen';
import { InstallationNotices } from '../features/about/InstallationNotices';
import { NavigationContext } from '../ui/navigation';
import type { Place, ScreenName } from '@shared/places';
import { TodayScreen } from '../features/today/TodayScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ResourcesScreen } from '../features/resources/ResourcesScreen';
import { BillingExport } from '../features/billing/BillingExport';
import { SearchScreen } from '../features/search/SearchScreen';
import { SearchBox } from '../features/search/SearchBox';
import { SyncProvider } from '../features/sync/use-sync';
import { SyncStatus } from '../features/sync/SyncStatus';
import { BackupStatusLine } from '../features/backup/BackupStatusLine';
import { DamagedRecordsNotice } from '../features/damaged/DamagedRecordsNotice';
import { focusContent, useScreenArrival } from './use-screen-arrival';
import { TeamScreen } from '../features/team/TeamScreen';

/** The menu, in the order a peer's day uses it. */
const MENU: readonly ScreenName[] = ['today', 'people', 'team', 'resources', 'billing', 'settings', 'about'];

export function AppShell({
  status,
  onStatus,
  onLock,
  landing = { screen: 'people' },
}: {
  status: VaultStatus;
  onStatus(status: VaultStatus): void;
  onLock(reason: LockReason): void;
  /** Where to open: People for a new notebook, Today after unlocking, or the form a draft was kept of. */
  landing?: Place;
}) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place>(landing);
  // Going somewhere always starts that screen afresh (People shows the list, not the last page).
  const [visit, setVisit] = useState(0);
  const go = (next: Place) => {
    setPlace(next);
    setVisit((count) => count + 1);
  };
  const content = useRef<HTMLElement>(null);
  const arrivedAt = useScreenArrival(content);
  const autoLockMaxMinutes = useInstallationPolicy().settings.autoLockMaxMinutes.value;
  useAutoLock(effectiveAutoLockMinutes(status.settings, autoLockMaxMinutes), () => onLock('idle'));

  const screens: Record<ScreenName, () => ReactNode> = {
    today: () => <TodayScreen key={visit} />,
    people: () => (
      <PeopleScreen
        key={visit}
        open={
          place.screen === 'people' && place.personId
            ? { personId: place.personId, tab: place.tab, noteId: place.noteId, write: place.write }
            : undefined
        }
      />
    ),
    resources: () => <ResourcesScreen key={visit} />,
    billing: () => <BillingExport key={visit} />,
    // Not keyed by visit: each keystroke is a new place, and the results screen stays as it is.
    search: () => <SearchScreen query={place.screen === 'search' ? (place.query ?? '') : ''} />,
    settings: () => <SettingsScreen key={visit} status={status} onStatus={onStatus} />,
    about: () => <AboutScreen key={visit} />,
    team: () => <TeamScreen key={visit} />,
  };

  return (
    <NavigationContext.Provider value={go}>
      <SyncProvider onStatus={onStatus}>
        <div className="shell">
          <a
            className="skip-link"
            href="#content"
            onClick={(event) => {
              event.preventDefault();
              focusContent(content.current);
            }}
          >
            {t('shell.skipToContent')}
          </a>
          <div className="visually-hidden" aria-live="polite" aria-atomic="true">
            {arrivedAt}
          </div>
          <header className="topbar">
            <span className="brand">{t('shell.brand')}</span>
            <nav aria-label={t('shell.menu')}>
              {MENU.map((screen) => (
                <button
                  key={screen}
                  type="button"
                  aria-current={place.screen === screen ? 'page' : undefined}
                  onClick={() => go({ screen } as Place)}
                >
                  {t(`shell.${screen}`)}
                </button>
              ))}
            </nav>
            <button type="button" className="lock-now" onClick={() => onLock('by-hand')}>
              {t('shell.lockNow')}
            </button>
            {/* A second row: finding something, then how safe the notebook is (sync, backup). */}
            <div className="topbar-second">
              <SearchBox query={place.screen === 'search' ? (place.query ?? '') : ''} />
              <SyncStatus />
              <BackupStatusLine status={status} onStatus={onStatus} />
              <DamagedRecordsNotice />
            </div>
          </header>
          <main className="content" id="content" ref={content} tabIndex={-1}>
            <InstallationNotices agencySlotAdded={status.agencySlotAdded} updatePrompt={place.screen !== 'about'} />
            <SettingsContext.Provider value={status.settings}>{screens[place.screen]()}</SettingsContext.Provider>
          </main>
        </div>
      </SyncProvider>
    </NavigationContext.Provider>
  );
}
