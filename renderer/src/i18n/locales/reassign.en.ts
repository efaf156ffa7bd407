/**
 * The words for a supervisor reassigning the caseload of a peer who left (ReassignCaseload.tsx).
 * Wired into en.ts as `reassign`.
 */
export const reassignEn = {
  title: 'Reassign the caseload of a peer who left',
  intro:
    "When a peer has left the team, the people still in their care can go to another peer, with all their records and history. You need the backup of that peer's notebook and your agency's two key files; the peer's passphrase is not needed.",
  chooseBackup: 'Choose the backup of the peer who left',
  chooseRecoveryKey: "Choose the agency's recovery key file",
  choosePolicyKey: "Choose the agency's policy-signing key file",
  chosen: 'Chosen: {{name}}',
  recoveryPassphrase: "Passphrase of the agency's recovery key file",
  policyPassphrase: "Passphrase of the agency's policy-signing key file",
  receiver: 'Peer who receives the caseload',
  noPeers: 'No peer on your team list can receive it yet. Check for team updates once IT has added them.',
  filesMissing: 'Choose the backup and both key files first.',
  review: 'Review before sending',
  whose_one: 'This backup is the notebook of member {{from}}, with {{count}} person still in their care.',
  whose_other: 'This backup is the notebook of member {{from}}, with {{count}} people still in their care.',
  confirm:
    'You are about to send them to member {{to}}: all their records and history, sealed so only that peer can open them. This cannot be taken back.',
  send: 'Yes, reassign the caseload',
  back: 'Go back',
  checking: "Checking the team list and the agency's keys…",
  reading: 'Reading the backup: {{percent}}%',
  sending: 'Sending to member {{to}}…',
  leaveRunning: 'You can leave this screen; the reassignment carries on.',
  sent_one:
    'Sent {{count}} person to member {{to}}, with all their records and history. They arrive when that peer next checks for team updates.',
  sent_other:
    'Sent {{count}} people to member {{to}}, with all their records and history. They arrive when that peer next checks for team updates.',
  unreadableHistory_one: '{{count}} history line in the backup could not be read and was left out.',
  unreadableHistory_other: '{{count}} history lines in the backup could not be read and were left out.',
  another: 'Reassign another caseload',
};
