/**
 * The words for records that could not be opened: the line in the top bar and the list it opens,
 * with what to do. Kept in their own module, wired into en.ts as `damaged`; es.ts fills the same shape.
 */
export const damagedEn = {
  status_one: '{{count}} record could not be opened',
  status_other: '{{count}} records could not be opened',
  title: 'Records that could not be opened',
  intro:
    'These records are stored on this computer but could not be opened. They may have been damaged (a disk problem, or a change made outside Peer Notebook). Everything else in your notebook is fine, and nothing has been changed.',
  none: 'Every record checked so far opens.',
  item: {
    aboutPerson: '{{kind}} about {{name}}',
    reasons: {
      'does-not-open': 'It does not open: it may have been changed or damaged.',
      'does-not-read': 'It opens, but what it holds does not read as it should.',
      'newer-version': 'A newer version of Peer Notebook wrote it. Update the app to open it.',
    },
  },
  check: {
    button: 'Check the whole notebook',
    working: 'Checking every record',
    done: 'Every record in the notebook has been checked.',
  },
  whatToDo: {
    title: 'What to do',
    backup:
      'If you have a backup, restore it (Settings, Backups): the backup’s copy takes the place of a damaged record, and nothing newer here is overwritten.',
    syncFolder:
      'If this notebook syncs through a folder, get everything again from it: the folder’s copy of each record takes the place of a damaged one.',
    getAgain: 'Get everything again from the sync folder',
    gettingAgain: 'Getting everything again from the sync folder',
    gotAgain: 'Done. Everything the sync folder holds was read again.',
    toBackups: 'Go to backups',
  },
  close: 'Close',
};
