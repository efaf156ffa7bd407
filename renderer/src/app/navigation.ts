/**
 * Where the open notebook can go: a screen, or a person's page at one tab. Reminders (Today,
 * search results, a person's flags) hand a place to `useNavigate()` to open where the peer acts.
 */
import { createContext, useContext } from 'react';
import { PERSON_TABS, type PersonTab } from '../features/people/PersonPage';

export type Place =
  | { screen: 'today' }
  | { screen: 'people'; personId?: string; tab?: PersonTab }
  | { screen: 'resources' }
  | { screen: 'search'; query?: string }
  | { screen: 'settings' }
  | { screen: 'about' };

export type ScreenName = Place['screen'];

export const NavigationContext = createContext<(place: Place) => void>(() => {});

export const useNavigate = (): ((place: Place) => void) => useContext(NavigationContext);

const isPersonTab = (tab: string): tab is PersonTab => (PERSON_TABS as readonly string[]).includes(tab);

/** A place as a draft recorded it (plain strings), if it is one the notebook has; else null. */
export function placeOf(kept: Readonly<Record<string, string | null>>): Place | null {
  const { screen, personId, tab } = kept;
  switch (screen) {
    case 'today':
    case 'resources':
    case 'search':
    case 'settings':
    case 'about':
      return { screen };
    case 'people':
      if (!personId) return { screen };
      return tab && isPersonTab(tab) ? { screen, personId, tab } : { screen, personId };
    default:
      return null;
  }
}
