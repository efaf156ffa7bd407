/**
 * The words of backups: the Backups section of Settings, the last-backup line in the top bar,
 * restoring (on the first screen of a new computer, and into the open notebook), and what went
 * wrong with a backup drive or file. Kept in their own module, wired into en.ts as `backup`;
 * es.ts fills the same shape. The backup file's own errors come from shared/messages.ts.
 */
export const backupEn = {
  settings: {
    title: 'Backups',
    intro:
      'A backup is one encrypted file holding your whole notebook. Keep backups on a USB drive or somewhere apart from this computer, so nothing is lost if the laptop is lost, stolen or breaks.',
    backUpNow: 'Back up now',
    backedUp: 'Backed up and checked: {{name}}.',
    noFolder: 'No backup folder chosen yet.',
    folder: 'Backup folder: {{name}}',
    chooseFolder: 'Choose a backup folder',
    chooseOtherFolder: 'Choose a different backup folder',
    every: 'Back up to the folder',
    every0: 'Only when I choose "Back up now"',
    every4: 'Every 4 hours',
    every24: 'Every day',
    every168: 'Every week',
    saveSchedule: 'Save backup choices',
    scheduleSaved: 'Saved. Back up to the folder: {{every}}; keep the newest {{count}}; remind me after {{days}} with no backup.',
    keepLast: 'Backups to keep in the folder',
    keep_one: 'The newest {{count}}',
    keep_other: 'The newest {{count}}',
    warnAfter: 'Remind me when there has been no backup for',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    whileOpen:
      'Backups to the folder happen while your notebook is open. Older ones beyond the number you keep are removed; nothing else in the folder is touched.',
  },
  status: {
    last: 'Last backup: {{when}}',
    never: 'No backup yet',
    overdue: 'Time for a backup',
    today: 'today {{time}}',
    yesterday: 'yesterday {{time}}',
  },
  progress: {
    'backing-up': 'Backing up your notebook…',
    checking: 'Checking the backup file…',
    snapshot: 'Saving a snapshot of your notebook first…',
    restoring: 'Restoring…',
  },
  restore: {
    title: 'Restore from a backup',
    intro:
      'Bring records back from a backup file. A snapshot of your notebook as it is now is saved first, and anything you changed here since that backup stays as you have it.',
    firstRunIntro:
      'New computer? Open a backup of your notebook and everything comes back as it was, opened with the same passphrase and recovery code.',
    chooseFile: 'Choose a backup file',
    chooseOtherFile: 'Choose a different backup file',
    file: 'Backup file: {{name}}',
    passphrase: 'Passphrase of the notebook when the backup was made',
    recoveryCode: 'Recovery code of the notebook',
    recoveryCodeHint: 'The code you saved when you set up that notebook, like ABCD-EFGH-... Dashes and spaces don’t matter.',
    useRecoveryCode: 'Use the recovery code instead',
    usePassphrase: 'Use the passphrase instead',
    restore: 'Restore this backup',
    done: 'Restored from the backup made {{when}}. Added: {{added}}. Updated: {{updated}}. Left as they were: {{skipped}}.',
    conflicts_one: '{{count}} record was changed both here and in the backup. Both versions are kept for you to choose.',
    conflicts_other: '{{count}} records were changed both here and in the backup. Both versions are kept for you to choose.',
    snapshotFolder: 'Your notebook as it was just before is saved in your backup folder as {{name}}.',
    snapshotFile: 'Your notebook as it was just before is saved as {{name}}.',
    startFromBackup: 'Restore from a backup',
    startFresh: 'Start a new notebook instead',
  },
  problem: {
    'disk-full':
      'The backup drive is full, so the backup was not saved. Your earlier backups are untouched. Free some space on the drive, or choose another folder, and try again.',
    'drive-unavailable':
      "The backup folder can't be reached right now (was the drive removed?). Nothing was saved there. Plug the drive back in and try again.",
    'not-writable': "Peer Notebook isn't allowed to save in that folder. Choose a folder you can save in.",
    'read-back-failed':
      'The backup was written but did not read back correctly, so it was removed. The drive may be failing: try another drive. Your earlier backups are untouched.',
    'file-missing': "That backup file isn't there any more (was the drive removed?). Plug the drive back in, or choose the file again.",
    'unknown-place': 'Peer Notebook no longer knows that folder or file. Choose it again.',
    'snapshot-cancelled':
      'Nothing was restored: a snapshot of your notebook is saved first, and no place was chosen for it. Choose where to save it, or set a backup folder.',
  },
} as const;
