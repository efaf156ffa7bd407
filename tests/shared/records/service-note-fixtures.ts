/** Service notes the rule, billing and copy tests start from. */
import { ServiceNoteFields, type ServiceNoteInput } from '@shared/records/service-note';

export const GOAL = { goalId: 'g1', inTheirWords: 'Get my own place by spring' };

/** A 50-minute meeting in the community, as the window sends it to the vault. */
export const MEETING: ServiceNoteInput = {
  date: '2026-03-02',
  startTime: '10:00',
  endTime: '10:50',
  setting: 'community',
  contactType: 'in-person',
  goalsAddressed: [{ goalId: 'g1', inTheirWords: 'Have my own place' }],
  whatWeDid: 'Looked at listings',
  theirResponse: 'Hopeful',
  nextSteps: 'Call Wednesday',
};

/** An unsigned note as the rules read it, with the peer who wrote it. */
export const draftNote = (over: Partial<ServiceNoteInput> = {}) =>
  ServiceNoteFields.parse({
    date: '2026-03-02',
    startTime: '10:00',
    endTime: '10:50',
    setting: 'community',
    contactType: 'in-person',
    goalsAddressed: [GOAL],
    whatWeDid: 'Looked at two apartment listings together',
    theirResponse: '"I can do this if I call them myself"',
    nextSteps: 'Call the landlord on Wednesday',
    peerName: 'Dana Peer',
    credential: 'CPSS',
    ...over,
  });
