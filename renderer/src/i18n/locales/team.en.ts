/**
 * The words for team work: this notebook's team keys, sending a note or plan for review, the
 * supervisor's review queue, what came back, and handing a person over. Wired into en.ts as `team`.
 */
export const teamEn = {
  handedOverOn: 'Handed over to another peer on',
  title: 'Your team',
  fingerprint: 'Your team key fingerprint',
  fingerprintHelp: "Read this to your agency's IT when they add you to the team, so they know the key is yours.",
  notListed: "You are not on your agency's team list yet.",
  keysSent: "Your keys were sent to your agency's server; once IT has added you to the team, check again.",
  role: { peer: 'You are on the team as a peer.', supervisor: 'You are on the team as a supervisor.' },
  check: 'Check for team updates',
  checking: 'Checking…',
  checked_one: '{{count}} new item arrived.',
  checked_other: '{{count}} new items arrived.',
  problems: {
    'no-server': "Team work goes through your agency's sync server. Set up sync with the server in Settings first.",
    'not-a-member': "Your agency hasn't added you to a team yet. Ask your supervisor or your agency's IT.",
    removed: 'Your agency has taken you off the team, so team messages can no longer be sent or received here. Your own notebook is safe.',
    'recipient-unknown': 'That person is not on the team any more, so nothing was sent. Check for team updates, then try again.',
    unreachable: "The agency's server could not be reached. Check your internet connection and try again; nothing was lost.",
    refused: "The agency's server did not accept this. Try again later; if it keeps happening, tell your agency's IT.",
  },
  queue: {
    unreadable: 'This could not be shown: it does not read as a note or plan. Ask the peer to send it again.',
    title: 'Waiting for your review',
    empty: 'Nothing is waiting for your review.',
    from: 'From {{peer}}',
    about: '{{kind}} about {{person}}, sent {{sentAt}}',
    comment: 'Comment for {{peer}} (plain words)',
    coSign: 'Co-sign',
    return: 'Return with comment',
  },
  cameBack: {
    title: 'Came back from review',
    empty: 'Nothing new came back from review.',
    coSigned: '{{kind}}: co-signed by {{reviewer}}.',
    returned: '{{kind}}: returned by {{reviewer}}: "{{comment}}"',
    markRead: 'Mark as read',
    open: 'See what came back on the Team screen',
  },
  submit: 'Send to my supervisor for review',
  submitted: 'Sent to your supervisor. You will see the answer on Today.',
};
