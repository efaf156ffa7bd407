/**
 * The words for team work: this notebook's team keys, sending a note or plan for review, the
 * supervisor's review queue, what came back, and handing a person over. Wired into en.ts as `team`.
 */
export const teamEn = {
  handedOverOn: 'Handed over to another peer on',
};
