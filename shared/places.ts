/**
 * Where the open notebook can go: a screen, or a person's page at one tab. The vault worker names
 * places too (Today's reminders say where the peer acts), so the words live below both sides.
 */
export const PERSON_TABS = [
  'about',
  'notes',
  'tasks',
  'agreement',
  'confidentiality',
  'releases',
  'sharing',
  'recoveryPlan',
  'wellnessPlan',
  'referrals',
  'barc',
  'crisis',
  'history',
] as const;
export type PersonTab = (typeof PERSON_TABS)[number];

export type Place =
  | { screen: 'today' }
  /** `noteId`: a note to open on the Notes tab; `write: 'note'`: a new note opened there (Today's "Write a note"). */
  | { screen: 'people'; personId?: string; tab?: PersonTab; noteId?: string; write?: 'note' }
  | { screen: 'resources' }
  | { screen: 'search'; query?: string }
  | { screen: 'settings' }
  | { screen: 'about' }
  | { screen: 'team' }
  | { screen: 'billing' };

export type ScreenName = Place['screen'];

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
    case 'team':
      return { screen };
    case 'people':
      if (!personId) return { screen };
      return tab && isPersonTab(tab) ? { screen, personId, tab } : { screen, personId };
    default:
      return null;
  }
}
