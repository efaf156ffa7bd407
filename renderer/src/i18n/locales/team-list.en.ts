/**
 * The words for taking the agency's team list from a file, where the computer does not reach the
 * sync server: opened, checked, shown, then used or not. Wired into en.ts as `teamList`.
 */
export const teamListEn = {
  title: 'The team list from a file',
  hint: "If this computer does not reach your agency's server, your agency's IT can send you the team list as a file.",
  open: 'Open a team list file',
  checking: 'Checking the team list…',
  signed: "This team list ({{name}}) was signed with your agency's key.",
  signedBy: 'Agency key fingerprint',
  serial: 'List number',
  issuedAt: 'Made on',
  members: 'On the list',
  memberCount: 'Peers: {{peers}}. Supervisors: {{supervisors}}.',
  replaces: 'It replaces list number {{serial}}, which you have now.',
  you: {
    peer: 'You are on it as a peer.',
    supervisor: 'You are on it as a supervisor.',
    none: "Your team key is not on it yet. You can still use it; ask your agency's IT to add you.",
  },
  accept: 'Use this team list',
  reject: "Don't use it",
  accepted: 'Team list number {{serial}} is in use now.',
  problems: {
    'too-large': 'That file is too large to be a team list, so nothing was changed. Check that you chose the file your agency sent.',
    'drive-unavailable':
      'The file could not be read: its drive or folder is no longer there. Plug it back in or choose it again; nothing was changed.',
    'not-readable':
      'This computer does not let you read that file, so nothing was changed. Copy it somewhere you can open it, then try again.',
  },
};
