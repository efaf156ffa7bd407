/** Deterministic record bodies of realistic size (a service note is a few hundred words). */
const WORDS =
  'we talked about the job fair on thursday and what to wear she wants to ride the bus there herself practiced the route together called the housing office about the waitlist felt proud of ninety days wants to reconnect with her sister planned a walk at the lake next week'.split(
    ' ',
  );

export function sampleText(seed: number, words: number): string {
  let state = (seed * 2654435761) % 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    out.push(WORDS[state % WORDS.length]!);
  }
  return out.join(' ');
}

/** A service note's fields of realistic size, as the notes screen saves them. */
export function sampleNoteFields(seed: number) {
  return {
    date: '2026-11-23',
    setting: 'home',
    contactType: 'in-person',
    whatWeDid: sampleText(seed, 150),
    theirResponse: sampleText(seed + 1, 40),
    nextSteps: sampleText(seed + 2, 25),
  };
}

export function sampleRecordBody(seed: number) {
  return {
    v: 1 as const,
    kind: 'note',
    parentId: null,
    fields: { date: '2026-11-23', text: sampleText(seed, 150), response: sampleText(seed + 1, 40), nextSteps: sampleText(seed + 2, 25) },
    clocks: {},
  };
}
