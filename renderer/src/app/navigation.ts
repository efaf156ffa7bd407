/**
 * Where the open notebook can go: a screen, or a person's page at one tab. Reminders (Today,
 * search results, a person's flags) hand a place to `useNavigate()` to open where the peer acts.
 */
import { createContext, useContext } from 'react';
import type { PersonTab } from '../features/people/PersonPage';

export type Place =
  | { screen: 'today' }
  | { screen: 'people'; personId?: string; tab?: PersonTab; noteId?: string }
  | { screen: 'billing' }
  | { screen: 'resources' }
  | { screen: 'search'; query?: string }
  | { screen: 'settings' }
  | { screen: 'about' };

export type ScreenName = Place['screen'];

export const NavigationContext = createContext<(place: Place) => void>(() => {});

export const useNavigate = (): ((place: Place) => void) => useContext(NavigationContext);
