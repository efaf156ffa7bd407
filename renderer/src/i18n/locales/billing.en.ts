/**
 * The words of the billing export: checking signed notes against a payer's rules, and saving
 * the claim lines as a CSV for the agency's billing staff. Wired into en.ts as `billing`.
 */
export const billingEn = {
  title: 'Billing',
  intro: 'Check your notes against what the payer pays for, fix anything it would refuse, then save the claims for your billing staff.',
  personIntro: "Check this person's notes against what the payer pays for before your billing staff send them.",
  show: 'Check notes for billing',
  hide: 'Close the billing check',
  from: 'Notes from',
  to: 'Through',
  payer: 'Payer',
  check: 'Check these notes',
  checking: 'Checking the notes',
  datesOutOfOrder: 'The first date needs to come before the last one.',
  ready_zero: 'No signed notes are ready to bill in these dates.',
  ready_one: '1 note is ready to bill.',
  ready_other: '{{count}} notes are ready to bill.',
  refusedTitle_one: '1 note the payer would refuse',
  refusedTitle_other: '{{count}} notes the payer would refuse',
  allClear: 'Nothing the payer would refuse. Well done.',
  refusedNote: '{{person}}, note from {{date}}',
  refusedNoteAt: '{{person}}, note from {{date}} at {{time}}',
  openNote: 'Open this note to fix it',
  save: 'Save the claims (CSV)',
  saving: 'Saving the claims',
  saved: 'Saved as {{name}}. Notes the payer would refuse were left out; fix them and save again.',
  savedAll: 'Saved as {{name}}.',
  fileName: 'Claims {{payer}} {{from}} to {{to}}',
  failed: 'The claims could not be saved. Try again, or choose another place.',
  problems: {
    'disk-full': 'The drive is full, so the claims were not saved. Free some space or choose another place, then try again.',
    'drive-unavailable':
      'That place could not be reached (was a drive removed?), so nothing was saved. Reconnect it or choose another place, then try again.',
    'not-writable': "Peer Notebook isn't allowed to save in that folder. Choose another place, then try again.",
  },
};
