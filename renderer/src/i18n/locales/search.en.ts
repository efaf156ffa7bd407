/**
 * The words of search across everything: the box in the top bar and the results screen.
 * Wired into en.ts as `search`; es.ts fills the same shape.
 */
export const searchEn = {
  box: 'Search your notebook',
  title: 'Search',
  hint: 'Type a name, a few words from a note, a goal or a resource. Search looks through everything in your notebook, right here on this computer.',
  gettingReady: 'Still reading your notebook ({{percent}}%). You can search already: results show what has been read so far.',
  soFar: 'Still reading your notebook ({{percent}}%). Results so far:',
  nothingYet: 'Nothing so far for “{{query}}”. The rest of your notebook is still being read.',
  failed: "Search couldn't read everything in your notebook. Lock it and unlock it again to try once more.",
  nothing: 'Nothing in your notebook matches “{{query}}”. Try fewer words, or another spelling.',
  results: 'What your notebook has for “{{query}}”',
  everyone: 'Resources and your own tasks',
  notSignedYet: 'Not signed yet',
  kinds: {
    person: 'Profile',
    'service-note': 'Notes',
    'note-addendum': 'Corrections to notes',
    'recovery-plan': 'Recovery plan',
    'goal-progress': 'Progress on goals',
    'wellness-plan': 'Wellness plan',
    barc10: 'Recovery capital',
    agreement: 'Agreement',
    'confidentiality-disclosure': 'Limits of confidentiality',
    release: 'Releases of information',
    disclosure: 'Sharing log',
    'crisis-event': 'Crisis and safety',
    task: 'Tasks and check-ins',
    referral: 'Referrals',
    resource: 'Resources',
  },
};
