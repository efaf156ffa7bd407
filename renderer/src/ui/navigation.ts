/** Reminders (Today, search results, a person's flags) hand a place to `useNavigate()` to open where the peer acts. */
import { createContext, useContext } from 'react';
import type { Place } from '@shared/places';

export const NavigationContext = createContext<(place: Place) => void>(() => {});

export const useNavigate = (): ((place: Place) => void) => useContext(NavigationContext);
