/**
 * The words of "About this installation" (the agency's settings, where each came from, updates)
 * and of the places those settings show up on other screens. Wired into en.ts as `about`.
 */
export const aboutEn = {
  title: 'About this installation',
  app: '{{name}}, version {{version}}',
  agency: 'Set up for <strong>{{agency}}</strong>.',
  community: 'A community build: no agency settings are built in. Your records are yours alone.',
  settings: {
    title: 'Settings from your agency',
    intro:
      "These settings apply to everyone using Peer Notebook on this computer. You can't change them here; your agency's IT person can.",
    setting: 'Setting',
    value: 'What it is',
    source: 'Where it comes from',
  },
  names: {
    autoLockMaxMinutes: 'Longest time before the notebook locks itself',
    requireAgencyKeySlot: "Your agency's recovery key can open notebooks",
    noteDueHours: 'Service notes are due within',
    stateRules: 'State note deadlines',
    noteUnitRule: 'How service note time becomes billable units',
    plaintextExportAllowed: 'Unencrypted copies (a plan printed or saved for the person)',
    minimumPassphraseScore: 'Passphrase strength needed',
    requireSupervisorSignature: "Recovery plans need a supervisor's signature",
    supervisorReviews: 'What you send your supervisor to review',
    coSignRequired: "What needs your supervisor's co-signature",
  },
  values: {
    none: 'Nothing',
    yes: 'Yes',
    no: 'No',
    allowed: 'Allowed',
    notAllowed: 'Turned off',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    businessDays_one: '{{count}} business day',
    businessDays_other: '{{count}} business days',
    stateRule: '{{state}}: {{deadline}}',
    noStateRules: 'None',
    score: '{{rating}} ({{score}} of 4)',
  },
  sources: {
    'built-in': "Peer Notebook's default",
    'agency-build': 'Built into this installer by {{agency}}',
    'os-policy': "This computer's policy at {{location}}",
    signedBy: 'signed with the policy key {{fingerprint}}',
    unsigned: 'not signed',
  },
  osPolicy: {
    title: "This computer's policy",
    absent: 'There is no policy at {{location}}. That is fine: the settings above apply.',
    applied: 'The policy at {{location}} was read and applied.',
    'partly-applied': 'The policy at {{location}} was read, but some of it was not applied (see below).',
    refused: 'The policy at {{location}} was not applied (see below).',
    unreadable: 'The policy at {{location}} could not be read, so none of it was applied.',
    signedBy: 'It is signed with the policy key {{fingerprint}}.',
  },
  problems: {
    title: 'For your IT person',
    intro:
      'Something in this installation needs a look. Show this to the person who looks after your computers; each line says what to do.',
  },
  updates: {
    title: 'Updates',
    off: "Updates are off: this installation doesn't name a place to get them from.",
    idle: 'No update is waiting.',
    checking: 'Looking for an update',
    'waiting-for-consent':
      'Version {{version}} is ready to download. This computer is on a connection that may cost money by the amount of data (a metered connection), so it waits until you say so.',
    downloading: 'Downloading version {{version}}. You can keep working.',
    ready:
      "Version {{version}} is downloaded. It installs the next time Peer Notebook closes, or now if you restart. Anything you haven't saved stops the restart, so nothing is lost.",
    failed: {
      'not-reached':
        "The update didn't come through: this computer couldn't reach the agency's update server (it may be offline). Try again later; if it keeps happening, tell your IT person.",
      'not-verified': "The update didn't pass its safety check, so it was not installed. Your notebook is as it was. Tell your IT person.",
      other: "The update didn't come through. Try again later; if it keeps happening, tell your IT person.",
    },
    check: 'Check for updates',
    download: 'Download version {{version}}',
    restart: 'Restart to update',
    unsavedWork: 'Save or finish the form you are working on first, then restart.',
    noUpdateReady: 'There is no update ready yet.',
  },
  effects: {
    autoLockCapped: 'Your agency sets the longest time to {{minutes}}.',
    autoLockCappedNow: 'You had chosen {{chosen}}; your agency sets the longest to {{minutes}}, so the notebook locks after {{minutes}}.',
    passphraseBelowAgencyMinimum: 'Passphrase strength: <strong>{{rating}}</strong> (your agency asks for at least {{required}})',
    exportTurnedOff:
      'Your agency turned off printing and saving copies of plans from this computer, to keep everything encrypted. The person can see their plan here with you.',
    supervisorRequired: "Your agency asks for a supervising professional's signature on recovery plans, after the person's and yours.",
    agencySlotAdded:
      "Your agency's recovery key can now open this notebook, as your agency asks. If this computer is lost or you leave, your agency can still reach the records.",
    dismiss: 'OK',
  },
};
