/**
 * The words of sync: the Sync section of Settings, the status in the top bar, the questions asked
 * before anything risky, conflicts to resolve, and opening a notebook from a sync folder on a new
 * computer. Kept in their own module, wired into en.ts as `sync`; es.ts fills the same shape.
 */
export const syncEn = {
  settings: {
    title: 'Sync',
    intro:
      'Keep this notebook the same on two computers, like your laptop and the office desktop, through a folder both can reach: a USB stick, a shared network drive, or a folder that OneDrive, Nextcloud or Syncthing already keeps in step.',
    private:
      'Everything your notebook puts in that folder is encrypted. Nobody can read it without your passphrase, not even the cloud service.',
    noFolder: 'No sync folder chosen yet.',
    folder: 'Sync folder: {{name}}',
    choose: 'Choose a sync folder',
    chooseOther: 'Choose a different sync folder',
    syncNow: 'Sync now',
    automatic:
      'While the folder is there, your notebook syncs by itself every few minutes and each time you unlock it. You can keep working while it does.',
    done: 'Synced. Everything here and in the folder now matches.',
    stopped: 'Stopped. Nothing was changed.',
  },
  status: {
    label: 'Sync status',
    notSetUp: 'Sync is not set up',
    never: 'Not synced yet',
    lastSynced: 'Synced {{when}}',
    syncing: 'Syncing…',
    stopped: 'Sync stopped',
    waiting_one: '{{count}} change waiting',
    waiting_other: '{{count}} changes waiting',
    nothingWaiting: 'No changes waiting',
    conflicts_one: '{{count}} conflict to resolve',
    conflicts_other: '{{count}} conflicts to resolve',
    progress: 'Syncing: {{done}} of {{total}}',
    skipped_one: '{{count}} item in the folder left alone',
    skipped_other: '{{count}} items in the folder left alone',
  },
  problems: {
    folderGone:
      "The sync folder isn't there right now (was the USB stick pulled out, or the drive disconnected?). Nothing was lost: every change is safe on this computer. Plug it back in, then choose Sync now.",
    needsAnswer: 'Sync stopped to ask you something first. Choose Sync now in Settings to see the question.',
    noNotebookOnServer:
      "The server doesn't hold a notebook for you yet. Sync it to the server from your other computer first, then try again.",
    noNotebook: "This folder doesn't hold a Peer Notebook yet. Choose the folder your other computer syncs to.",
    failed: "The sync stopped before it finished. Nothing was lost, and what didn't get across goes next time.",
    unexpected:
      "The sync stopped before it finished. Nothing was lost, and what didn't get across goes next time. If this keeps happening, tell whoever looks after your computers.",
    diskFull:
      "The sync folder's drive is full. Make some room on it, then choose Sync now. Nothing was lost: every change is safe on this computer.",
    notWritable:
      'This computer may not write to the sync folder. Choose another folder, or ask whoever looks after your computers to let you write there. Nothing was lost.',
    unknownPlace: "Peer Notebook doesn't know that sync folder anymore. Choose the folder again. Nothing was lost.",
    inTheWay:
      'Something in the sync folder is where Peer Notebook keeps its own files: {{where}}. Move it out of the sync folder or remove it, then choose Sync now. Nothing was lost.',
    serverUnreachable:
      "Your agency's sync server can't be reached right now (no internet, or the server is down). Nothing was lost: every change is safe on this computer, and it syncs by itself once the server can be reached.",
    serverRefused:
      "Your agency's sync server no longer accepts this computer. Ask your agency for a new enrolment code, then connect again. Nothing was lost: every change is safe on this computer.",
    serverClockOff:
      "Your agency's sync server refused this computer because its clock is off. Set this computer's date and time correctly, then choose Sync now. Nothing was lost.",
    serverCodeNotValid:
      'That enrolment code was not accepted: it may have been used already, typed with a mistake, or be older than a week. Check it, or ask your agency for a new one.',
    serverAddressNotValid:
      "That isn't a sync server address Peer Notebook can use. It starts with https://, like https://sync.example.org. Ask your agency for the right one.",
    serverKeyStoreUnavailable:
      "This computer has no secure key store (such as a keychain) where Peer Notebook can keep its key for the sync server, so it didn't connect, and your code was not used. On Linux, set up GNOME Keyring or KWallet, then connect again. Until then you can sync through a folder. Nothing was lost.",
    serverKeyUnreadable:
      "This computer can no longer open its key for your agency's sync server (its key store was reset or changed). Ask your agency for a new enrolment code, then connect again. Nothing was lost: every change is safe on this computer.",
  },
  server: {
    title: "Your agency's sync server",
    intro:
      'If your agency runs a sync server, your notebook can sync through it whenever this computer is online. The server keeps only encrypted pieces: it never sees a name or a word you wrote.',
    address: 'Server address',
    code: 'Enrolment code from your agency',
    connect: 'Connect to the server',
  },
  skipped: {
    summary_one: 'Everything else synced, but {{count}} item in the sync folder was left alone:',
    summary_other: 'Everything else synced, but {{count}} items in the sync folder were left alone:',
    kinds: {
      folder: "a folder with a sync file's name. Move it out of the sync folder or remove it.",
      link: 'a link (shortcut), which Peer Notebook never follows. Move it out of the sync folder or remove it.',
      empty: 'an empty sync file. Move it out of the sync folder or remove it.',
      'not-readable':
        "a sync file this computer isn't allowed to open. Ask whoever looks after your computers to let you read it; it comes across at the next sync.",
      unfinished: 'an unfinished copy, left when a sync was cut off. Nothing in it was lost: you can remove it.',
      'conflict-copy':
        "a copy your sync service made when two computers changed a file at once. Peer Notebook doesn't use it: you can remove it.",
      unrelated: "not part of your notebook. Move it out of the sync folder, or remove it if you don't need it.",
      damaged:
        "a sync file that didn't open: it may still be copying, be damaged, or belong to another notebook. It's tried again at every sync; if it stays, tell whoever looks after your computers.",
      'newer-format': 'written by a newer version of Peer Notebook. Update Peer Notebook on this computer to bring it in.',
    },
    recordsDamaged_one:
      "a sync file that opened, but {{count}} record in it didn't: it may have been damaged on the computer that wrote it. Everything else in the file came in, and nothing here changed because of it. If something from your other computer seems missing here, change it there and sync again; if this keeps happening, tell whoever looks after your computers.",
    recordsDamaged_other:
      "a sync file that opened, but {{count}} records in it didn't: they may have been damaged on the computer that wrote them. Everything else in the file came in, and nothing here changed because of them. If something from your other computer seems missing here, change it there and sync again; if this keeps happening, tell whoever looks after your computers.",
    more_one: 'And {{count}} more.',
    more_other: 'And {{count}} more.',
  },
  questions: {
    massDelete: {
      title: 'This sync would remove a lot',
      body: 'This sync would remove {{removing}} of the {{total}} records in your notebook. If nobody meant to delete them, stop: nothing changes on this computer, and you can check the other one first.',
      go: 'Remove them',
      stop: 'Stop and keep everything',
    },
    otherNotebook: {
      title: 'This folder holds a different notebook',
      body: 'This folder already holds a different notebook, not this one. The two would never mix, but you may have picked the wrong folder or USB stick.',
      stop: 'Use a different folder',
      go: 'Keep both notebooks in this folder',
    },
    emptyFolder: {
      title: "Your notebook isn't in this folder",
      body: 'This notebook synced with this folder before, but the folder is empty now. It may be a different USB stick, or the folder was cleared. Your notebook is safe on this computer either way.',
      stop: 'Stop and keep everything as it is',
      go: 'Start again in this folder',
    },
    joinEmpty: {
      title: 'This notebook has nothing in it yet',
      body: 'The notebook in this folder has no records yet. If your other computer has records, sync there first (Settings, then Sync now), then come back.',
      stop: 'Stop',
      go: 'Open it anyway',
    },
  },
  conflicts: {
    title: 'Conflicts to resolve',
    intro: 'The same thing was changed on two computers before they synced. Both are kept until you choose which one is right.',
    open: 'Show conflicts to resolve',
    close: 'Close',
    none: 'Nothing to resolve: everything matches.',
    opening: 'Looking for conflicts',
    changedTwice: '{{field}} was changed on two computers',
    inRecord: '{{kind}} of {{name}}',
    thisDevice: 'On this computer, {{when}}',
    otherDevice: 'On another computer, {{when}}',
    keep: 'Keep this one',
    shownNow: 'Shown now',
    empty: '(left empty)',
    yes: 'Yes',
    no: 'No',
    kept: 'Kept. The other computer gets your choice the next time it syncs.',
    removedWhileChanged: 'This was removed on one computer while it was being changed on another.',
    keepRecord: 'Keep it, with the changes',
    removeRecord: 'Remove it',
    goToPerson: 'Go to their page',
    record: 'A record',
  },
  joinServer: {
    start: "Open a notebook from your agency's server",
    title: "Open your notebook from your agency's server",
    intro:
      "Already using Peer Notebook on another computer that syncs through your agency's server? Type the server's address and an enrolment code from your agency, then unlock with the same passphrase.",
    connected: 'Connected to {{name}}.',
    open: 'Open the notebook from the server',
  },
  join: {
    start: 'Open a notebook from a sync folder',
    title: 'Open your notebook from a sync folder',
    intro:
      'Already using Peer Notebook on another computer? Choose the folder it syncs to (on the USB stick, the shared drive or the synced cloud folder), then unlock with the same passphrase.',
    chooseFolder: 'Choose the sync folder',
    folder: 'Folder: {{name}}',
    passphrase: 'Your passphrase',
    recoveryCode: 'Your recovery code',
    useRecoveryCode: 'I forgot my passphrase: use my recovery code',
    usePassphrase: 'Use my passphrase instead',
    open: 'Open the notebook from this folder',
    working: 'Bringing your notebook over. This can take a minute.',
    back: 'Back: start a new notebook instead',
  },
} as const;
