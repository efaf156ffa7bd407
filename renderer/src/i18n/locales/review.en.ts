/**
 * The words for the agency's co-signing rule: where a note or plan stands with the supervisor's
 * co-signature, and Today's list of finished ones that still need it. Wired into en.ts as `review`.
 */
export const reviewEn = {
  state: {
    needed: "Needs your supervisor's co-signature",
    waiting: 'Sent for review on {{date}}',
    'co-signed': 'Co-signed by {{reviewer}} on {{date}}',
    returned: 'Returned: {{comment}}',
    changed: "Changed after {{reviewer}} co-signed it on {{date}}, so it needs your supervisor's co-signature again",
  },
  due: {
    title: "Still needs your supervisor's co-signature",
    needed: "{{name}}: {{what}} needs your supervisor's co-signature",
    returned: '{{name}}: {{what}} came back from {{reviewer}}: "{{comment}}"',
    changed: '{{name}}: {{what}} changed after {{reviewer}} co-signed it, so it needs co-signing again',
    more_one: "And 1 more, older: each person's notes and plans say where they stand.",
    more_other: "And {{count}} more, older: each person's notes and plans say where they stand.",
  },
  what: {
    'service-note': 'the note of {{date}}',
    'recovery-plan': 'the recovery plan (version {{version}})',
    'wellness-plan': 'the wellness and crisis plan (version {{version}})',
  },
};
