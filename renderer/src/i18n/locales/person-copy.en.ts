/**
 * The words of the person's own copy of their plans, and of the buttons that make it. The copy
 * speaks as the person ("My recovery plan"): it is theirs to keep, so it is warm and plain, with
 * no clinical words. Wired into en.ts as `personCopy`.
 */
import type { SUGGESTED_LIFE_DOMAINS, ProgressStatus } from '@shared/records/recovery-plan';

export const personCopyEn = {
  page: {
    version: 'Version {{version}}',
    signedOn: 'signed on {{date}}',
    notSignedYet: 'not signed yet',
    madeOn: 'This copy was made on {{date}}.',
    itIsMine: 'This plan is mine. I can ask to change it at any time.',
    signatures: 'Signatures',
    signedBy: 'Signed by {{name}} on {{date}}',
    agreedOutLoud: 'Agreed out loud by {{name}} on {{date}}, with {{witness}} as witness',
    signatureOf: 'Signature of {{name}}',
  },
  recovery: {
    title: 'My recovery plan',
    lifeAreas: "Parts of my life I'm focusing on",
    strengths: 'My strengths',
    goals: "What I'm working on",
    noGoalsYet: 'No goals written down yet.',
    goalNumber: 'Goal {{number}}',
    steps: 'My steps',
    whoHelps: 'Who helps',
    byWhen: 'By when',
    statuses: {
      'not-started': 'Not started yet',
      started: 'Started',
      paused: 'Paused',
      done: 'Done',
      'changed-my-mind': 'Changed my mind',
    } satisfies Record<ProgressStatus, string>,
    supports: 'Who can help',
    reviewDate: 'When we look at it again',
    reviewOn: "We'll look at this plan together again on {{date}}.",
    roles: { person: 'Me', peer: 'My peer support specialist', supervisor: 'Supervisor' },
    // The life areas offered as a starting point; areas the person named stay in their words.
    suggestedLifeAreas: {
      Housing: 'Housing',
      'Work and learning': 'Work and learning',
      Health: 'Health',
      Relationships: 'Relationships',
      'Recovery and wellness': 'Recovery and wellness',
      Money: 'Money',
      Legal: 'Legal matters',
      Spirituality: 'Spirituality',
      'Fun and community': 'Fun and community',
    } satisfies Record<(typeof SUGGESTED_LIFE_DOMAINS)[number], string>,
  },
  wellness: {
    title: 'My wellness and crisis plan',
    intro: 'What keeps me well, and how others can help me when things get hard.',
    sections: {
      'wellness-toolbox': 'My wellness toolbox',
      'daily-maintenance': 'Staying well every day',
      triggers: "Things that can throw me off, and what I'll do",
      'early-warning-signs': "Early warning signs, and what I'll do",
      'breaking-down': "When things are getting harder, and what I'll do",
      'crisis-plan': 'My crisis plan: when others step in to help',
      'after-crisis': 'After a crisis',
    },
  },
  save: {
    language: 'Language of their copy',
    print: 'Print their copy (PDF)',
    webPage: 'Save their copy as a web page',
    working: 'Making their copy',
    saved: 'Saved {{name}}.',
    problems: {
      'disk-full': "The drive is full, so their copy wasn't saved. Free some space or choose another place, then try again.",
      'drive-unavailable':
        "That place couldn't be reached (was a drive removed?), so nothing was saved. Reconnect it or choose another place, then try again.",
      'not-writable': "Peer Notebook isn't allowed to save in that folder. Choose another place, then try again.",
      'too-large': 'This copy is too large to print (the signature pictures may be very big). Save it as a web page instead.',
    },
    failed: "Their copy couldn't be made, so nothing was saved. Try again; if it keeps happening, save it as a web page instead.",
  },
} as const;
