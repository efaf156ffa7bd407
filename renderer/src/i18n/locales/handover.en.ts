/**
 * The words for handing people over to another peer on the team: one person from their page, or
 * a whole caseload from the Team screen, each with their own consent. Wired into en.ts as `handOver`.
 */
export const handOverEn = {
  personAction: 'Hand over to another peer',
  listChip: 'Handed over, read-only',
  caseloadTitle: 'Handing your caseload over',
  caseloadHint:
    'When you leave or change teams, the people you walk beside can move to another peer on your team, each with their own consent.',
  caseloadAction: 'Hand over my whole caseload',
  nobodyLeft: 'There is no one in your notebook to hand over.',
  formTitle: 'Hand over to another peer',
  loading: 'Getting your team list…',
  notPeer: 'You can hand people over once your agency has put you on the team as a peer. Check for team updates on the Team screen.',
  noPeers: "There is no other peer on your team list yet. Check for team updates on the Team screen, or ask your agency's IT.",
  receiver: 'Who receives them',
  receiverHint:
    'The team list holds no names. Ask the peer to read you the team key fingerprint on their Team screen, and choose the one that matches.',
  receiverOption: 'Peer with team key fingerprint {{fingerprint}}',
  receiverName: "The receiving peer's name",
  receiverNameHint: 'For your records: this notebook will say who has them now.',
  consentFor: "{{name}}'s consent",
  include: 'Hand over {{name}}',
  givenOn: 'Day {{name}} agreed',
  how: 'How {{name}} agreed',
  ways: { signed: 'Signed a consent form', verbal: 'Said so, and you wrote it down' },
  consentNote: 'Anything to add about their consent (optional)',
  continue: 'Continue',
  cancel: 'Cancel',
  confirmTitle: 'Before you send',
  confirmSealed:
    "{{names}}, with every record, plan, release and line of history, will be sealed so only {{peer}} (team key fingerprint {{fingerprint}}) can open them, and sent through your agency's server.",
  confirmKept:
    "Here, they stay in your notebook read-only: you can still read everything, but nothing can be changed or added here. They are kept under your agency's retention rules, not deleted.",
  confirmHistory: 'Your history and theirs will both say they were handed over, with the consent you recorded.',
  send: 'Yes, hand over now',
  back: 'Go back',
  sending: 'Sealing and sending…',
  done: 'Handed over to {{peer}}: {{names}}.',
  handedOver:
    "Handed over to {{peer}} on {{date}}, with consent recorded on {{givenOn}}. {{peer}} has these records now and can add to them; here they are kept read-only under your agency's retention rules.",
};
