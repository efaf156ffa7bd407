/**
 * A realistic notebook of about 50,000 records, for the bench: about 40 people over five years.
 * Each person has a profile, yearly agreements and explanations of the limits of confidentiality,
 * releases, recovery plans revised over the years with progress on their goals, wellness plans,
 * BARC-10s, tasks, referrals, a sharing log, now and then a crisis event, and mostly service notes
 * (a few hundred words each, nearly all signed, the most recent few still drafts). Every record is
 * checked against its kind's schema and saved through the real Vault, as the app saves it.
 *
 * Deterministic: the same seed writes the same notebook, and `benchQueries` searches its words.
 */
import Dexie from 'dexie';
import { loadSodium } from '@shared/crypto/sodium';
import { recordKinds, type RecordKind } from '@shared/records/record-kinds';
import { addDays, addMonths } from '@shared/records/dates';
import { signServiceNote } from '@shared/records/service-note';
import { CONFIDENTIALITY_LIMIT_IDS } from '@shared/records/confidentiality';
import { RESOURCE_KINDS } from '@shared/records/resource';
import { VAULT_DATABASE_NAME, VaultDatabase } from '../../../renderer/src/vault/database';
import { Vault } from '../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY } from '../../../renderer/src/vault/vault-policy';

const PEER = { name: 'Dana Peer', credential: 'NC Certified Peer Support Specialist' };
const YEARS = 5;

const FIRST = [
  'Jordan',
  'Sam',
  'Alex',
  'Maria',
  'Keisha',
  'Luis',
  'Tanya',
  'Marcus',
  'Rosa',
  'Devon',
  'Priya',
  'Andre',
  'Carmen',
  'Tyrell',
  'Hannah',
  'Miguel',
  'Shawna',
  'Eli',
  'Grace',
  'Darnell',
  'Lupe',
  'Cody',
  'Ines',
  'Reggie',
  'Monique',
  'Wes',
  'Yolanda',
  'Brandon',
  'Ana',
  'Terrence',
  'Beth',
  'Omar',
  'Crystal',
  'Ray',
  'Destiny',
  'Hector',
  'Lena',
  'Jamal',
  'Paula',
  'Quinn',
  'Ruth',
  'Victor',
];
const LAST = [
  'Rivers',
  'Lee',
  'Morgan',
  'Santos',
  'Brown',
  'Hernandez',
  'Walker',
  'Green',
  'Diaz',
  'Carter',
  'Patel',
  'Jackson',
  'Ortiz',
  'Mitchell',
  'Byrd',
  'Flores',
  'Simmons',
  'Ward',
  'Kim',
  'Howard',
  'Reyes',
  'Price',
  'Castillo',
  'Bell',
  'Foster',
  'Hayes',
  'Ramos',
  'Bryant',
  'Cruz',
  'Wallace',
  'Long',
  'Haddad',
  'Perry',
  'Tucker',
  'Moore',
  'Vega',
  'Stone',
  'Harris',
  'Mendez',
  'Fox',
  'Nash',
  'Pope',
];
const PLACES = [
  'the library on Fayetteville Street',
  'the community garden',
  'the bus station',
  'the food pantry on Blair Drive',
  'the coffee shop near the clinic',
  'Lake Johnson',
  'the recovery community center',
  'the church on Oakwood Avenue',
  'the laundromat',
  'the job center',
  'the park by the river',
  'the DMV office',
  'the YMCA',
  'the farmers market',
  'the housing authority',
];
const ACTIVITIES = [
  'filled out the housing application together',
  'practiced the bus route to the job fair',
  'went over the budget for the month',
  'called the landlord about the broken heater',
  'looked at apartment listings',
  'talked about the upcoming court date',
  'made a list of questions for the doctor',
  'walked and talked about the week',
  'signed up for the GED class',
  'found an NA meeting close to home',
  'worked on a resume for the warehouse job',
  'set up a voicemail on the new phone',
  'picked up groceries at the pantry',
  'went over the wellness plan together',
  'talked through what happened with family at the holidays',
  'practiced what to say at the interview',
  'looked for a cheaper phone plan',
  'filled out the SNAP recertification',
  'went to the pharmacy to sort out the refill',
  'made a plan for the weekend when cravings are worst',
];
const FEELINGS = [
  'proud',
  'nervous but ready',
  'tired',
  'hopeful',
  'frustrated with the wait',
  'calmer than last week',
  'excited',
  'worried about money',
  'more like myself',
  'lonely in the evenings',
];
const SAYINGS = [
  'I did it myself this time',
  'one day at a time, that is all I can do',
  'my daughter called me back',
  'the garden at the church makes the mornings feel lighter',
  'I slept through the night for once',
  'I want my own place with a door that locks',
  'I am not going back to how it was',
  'it helps to have someone in my corner',
  'I was scared but I went anyway',
  'ninety days clean and I feel it',
  'I need a break from the group house',
  'the bus is easier than I thought',
  'I told my sponsor the truth',
  'work is hard but I like the people',
  'I miss my brother',
];
const NEXT = [
  'call the housing office on Monday',
  'bring the pay stubs next time',
  'meet at the library on Thursday',
  'check in by phone on Friday',
  'go to the job fair together',
  'follow up with the clinic about the appointment',
  'try the Tuesday evening meeting',
  'ask the pantry about the delivery program',
  'look at the budget again after payday',
  'practice the route to the new job',
  'pick up the birth certificate from Vital Records',
  'plan something for the anniversary',
];
const DOMAINS = ['Housing', 'Work', 'Health', 'Family', 'Recovery', 'Money', 'Education', 'Friends and community'];
const GOALS = [
  'Have my own place with a door that locks',
  'Get a steady job I can keep',
  'Finish my GED',
  'See my kids every weekend',
  'Stay clean and keep going to meetings',
  'Save enough for a deposit',
  'Get my driver license back',
  'Find a doctor I trust',
  'Get back to fixing bikes',
  'Make one friend outside the program',
  'Pay off the old court fines',
  'Learn to cook real meals',
];
const STEPS = [
  'Call the housing office',
  'Ask about the waiting list',
  'Go to the GED orientation',
  'Write down what I spend for a month',
  'Go to two meetings a week',
  'Ask the clinic for a new doctor',
  'Visit the community workshop',
  'Get the birth certificate',
  'Open a savings account',
  'Talk to the court clerk about a payment plan',
];
const RESOURCE_NAMES = [
  'Food Shuttle',
  'Housing Authority',
  'Recovery Community Center',
  'Free Clinic',
  'Legal Aid',
  'Workforce Center',
  'Oxford House',
  'Urban Ministries',
  'Crisis Line',
  'Transit Pass Program',
  'Community Kitchen',
  'Clothing Closet',
  'Dental Van',
  'Family Resource Center',
  'Veterans Outreach',
];
const TOWNS = ['Raleigh', 'Durham', 'Garner', 'Cary', 'Wake Forest', 'Knightdale', 'Apex', 'Fuquay-Varina', 'Zebulon', 'Wendell'];

/** A small deterministic random source (mulberry32). */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomSource>;

const sentence = (r: Random) =>
  r.pick([
    () => `We met at ${r.pick(PLACES)} and ${r.pick(ACTIVITIES)}.`,
    () => `${r.pick(FIRST)} ${r.pick(ACTIVITIES)} with me and said they felt ${r.pick(FEELINGS)}.`,
    () => `We ${r.pick(ACTIVITIES)}, then talked about what is coming up this week.`,
    () => `Talked about how things are going at home and what support would help most right now.`,
    () => `Went over the goal "${r.pick(GOALS)}" and what the next small step could be.`,
    () =>
      `Shared my own experience with ${r.pick(['waiting lists', 'starting over', 'asking for help', 'the first year', 'rebuilding trust'])} when it seemed useful.`,
    () => `We looked at resources near ${r.pick(TOWNS)} and they chose which ones to try.`,
  ])();

const paragraph = (r: Random, sentences: number) => Array.from({ length: sentences }, () => sentence(r)).join(' ');
const theirWords = (r: Random) => `They said "${r.pick(SAYINGS)}" and seemed ${r.pick(FEELINGS)}.`;
const signature = (signedAt: string, signerName: string) => ({ method: 'typed' as const, signedAt, signerName });
const at = (date: string, time = '15:00') => `${date}T${time}:00.000Z`;

interface Seeding {
  vault: Vault;
  counts: Record<string, number>;
}

async function save(seeding: Seeding, kind: RecordKind, parentId: string | null, fields: object): Promise<string> {
  // Checked as the app's handlers check, so Today and the tabs read every record as they would a real one.
  const changes = recordKinds[kind].fields.parse(fields) as Record<string, unknown>;
  const record = await seeding.vault.records.save({ id: null, kind, parentId, changes });
  seeding.counts[kind] = (seeding.counts[kind] ?? 0) + 1;
  return record.id;
}

/** A signed series (agreement, plan, ...): one version a year from `from`, each replacing the last. */
async function yearlySeries(
  seeding: Seeding,
  kind: RecordKind,
  personId: string,
  from: string,
  today: string,
  fields: (on: string, version: number) => object,
) {
  const seriesId = `${kind}-${personId}`;
  let supersedes: string | null = null;
  for (let version = 1, on = from; on <= today; version++, on = addMonths(on, 12)) {
    supersedes = await save(seeding, kind, personId, { ...fields(on, version), seriesId, version, supersedes });
  }
  return seriesId;
}

interface PersonSeeded {
  index: number;
  personId: string;
  since: string;
  goals: { id: string; inTheirWords: string }[];
}

/** Everything about one person but their service notes. */
async function seedPerson(
  seeding: Seeding,
  r: Random,
  index: number,
  since: string,
  today: string,
  resourceIds: string[],
): Promise<PersonSeeded> {
  const name = `${FIRST[index % FIRST.length]} ${LAST[index % LAST.length]}`;
  const personId = await save(seeding, 'person', null, {
    preferredName: name,
    pronouns: r.pick(['she/her', 'he/him', 'they/them']),
    phone: `919-555-${String(1000 + index).slice(-4)}`,
    okToCall: true,
    okToText: r.chance(0.7),
    importantToMe: `${r.pick(SAYINGS)}. ${r.pick(SAYINGS)}.`,
    howToSupportMe: 'Text before calling. Give me time to think before I answer.',
    strengths: `${r.pick(['Keeps promises', 'Good with people', 'Funny', 'Knows the city', 'Great cook', 'Never gives up'])}; ${r.pick(FEELINGS)} most days`,
    supporters: [
      {
        id: 's1',
        name: `${r.pick(FIRST)} ${LAST[index % LAST.length]}`,
        relationship: r.pick(['sister', 'brother', 'aunt', 'sponsor', 'friend']),
      },
    ],
  });

  await yearlySeries(seeding, 'agreement', personId, since, today, (on) => ({
    startDate: on,
    reviewDate: addMonths(on, 12),
    meetingPlaces: `At ${r.pick(PLACES)} or by phone`,
    howToReachPeer: 'Call or text the work phone, weekdays 9 to 5',
    whenNotToReach: 'Evenings and weekends: call the crisis line instead',
    signature: signature(at(on), name),
  }));
  await yearlySeries(seeding, 'confidentiality-disclosure', personId, since, today, (on) => ({
    limitsExplained: CONFIDENTIALITY_LIMIT_IDS.slice(0, 5),
    explainedOn: on,
    explainedBy: PEER.name,
    acknowledgement: 'signed-on-screen',
    nextReviewDate: addMonths(on, 12),
    signature: signature(at(on), name),
  }));

  const releases: { id: string; recipient: string }[] = [];
  for (let n = 0; n < r.int(2, 5); n++) {
    const on = addDays(since, r.int(0, 700));
    const recipient = `${r.pick(TOWNS)} ${r.pick(RESOURCE_NAMES)}`;
    const id = await save(seeding, 'release', personId, {
      seriesId: `release-${personId}-${n}`,
      personName: name,
      discloser: `${PEER.name}, peer support specialist, Hope Street Recovery`,
      informationToDisclose: 'Attendance and progress in peer support',
      recipients: [{ name: recipient }],
      purpose: r.pick(['Housing application', 'Coordinating care with the clinic', 'Job placement', 'Court compliance letter']),
      rightToRevokeExplained: true,
      revocationHow: 'A signed note to the Hope Street office',
      expiration: { kind: 'date', date: addMonths(on, 12) },
      signature: signature(at(on), name),
    });
    releases.push({ id, recipient });
  }
  for (const release of releases) {
    await save(seeding, 'disclosure', personId, {
      whatWasShared: 'Dates of peer support meetings this month and progress on the housing goal',
      sharedWith: release.recipient,
      purpose: 'Coordinating support',
      sharedOn: addDays(since, r.int(1, 700)),
      releaseId: release.id,
      releaseVersion: 1,
      method: r.pick(['phone', 'written', 'electronic']),
    });
  }

  // Recovery plans: a new version each year, its goals worked on in between.
  const goals = Array.from({ length: r.int(2, 4) }, (_, g) => ({
    id: `g${g}`,
    inTheirWords: r.pick(GOALS),
    domain: r.pick(DOMAINS),
    steps: Array.from({ length: r.int(1, 3) }, (_, s) => ({
      id: `g${g}s${s}`,
      what: r.pick(STEPS),
      whoHelps: r.chance(0.5) ? PEER.name : '',
    })),
  }));
  const uniqueGoals = goals.filter((goal, i) => goals.findIndex((other) => other.inTheirWords === goal.inTheirWords) === i);
  const planSeriesId = await yearlySeries(seeding, 'recovery-plan', personId, since, today, (on) => ({
    lifeDomains: [...new Set(uniqueGoals.map((goal) => goal.domain))],
    strengths: `${r.pick(['Keeps promises', 'Good with people', 'Never gives up'])}; ${r.pick(SAYINGS)}`,
    goals: uniqueGoals,
    supports: `${r.pick(FIRST)} from the meeting, and ${r.pick(PLACES)}`,
    reviewDate: addMonths(on, 6),
    signature: signature(at(on), name),
    peerSignature: signature(at(on, '15:05'), PEER.name),
  }));
  for (let on = addDays(since, 30); on <= today; on = addDays(on, r.int(40, 60))) {
    const goal = r.pick(uniqueGoals);
    await save(seeding, 'goal-progress', personId, {
      planSeriesId,
      goalId: goal.id,
      stepId: r.chance(0.5) ? r.pick(goal.steps).id : null,
      on,
      status: r.pick(['started', 'started', 'done', 'paused']),
      inTheirWords: r.chance(0.6) ? r.pick(SAYINGS) : '',
      recordedAt: at(on),
    });
  }
  const lastWellnessPlan = addMonths(since, 24) < today ? addMonths(since, 24) : today;
  await yearlySeries(seeding, 'wellness-plan', personId, since, lastWellnessPlan, (on) => ({
    toolbox: 'Walking, calling my sister, music, the Tuesday meeting',
    likeWhenWell: `I am ${r.pick(FEELINGS)}, I cook, I answer the phone`,
    everyDay: 'Eat breakfast, take my meds, step outside',
    triggers: 'Money trouble, being alone at night, the anniversary',
    earlySigns: 'Not sleeping, skipping meals, not picking up the phone',
    crisisSupporters: `${r.pick(FIRST)} (sister), ${PEER.name}`,
    crisisWhatHelps: 'Someone sitting with me, quiet, no yelling',
    signature: signature(at(on), name),
  }));
  for (let on = addDays(since, 14); on <= today; on = addMonths(on, 6)) {
    await save(seeding, 'barc10', personId, {
      takenOn: on,
      answers: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, r.int(2, 6)])),
      notes: r.chance(0.4) ? r.pick(SAYINGS) : '',
    });
  }
  for (let on = addDays(since, 7); on <= addDays(today, 14); on = addDays(on, r.int(45, 75))) {
    const done = on < today;
    await save(seeding, 'task', personId, {
      title: `${r.pick(['Call', 'Text', 'Visit', 'Follow up with'])} ${name.split(' ')[0]} about ${r.pick(['the housing form', 'the job fair', 'the court date', 'the clinic visit', 'the GED class'])}`,
      notes: r.chance(0.5) ? r.pick(NEXT) : '',
      dueOn: on,
      completions: done ? [{ dueOn: on, doneOn: on }] : [],
      closed: done,
    });
  }
  for (let on = addDays(since, 20); on <= today; on = addDays(on, r.int(90, 150))) {
    await save(seeding, 'referral', personId, {
      resourceId: r.pick(resourceIds),
      reason: `For ${r.pick(GOALS).toLowerCase()}`,
      madeOn: on,
      status: r.pick(['connected', 'connected', 'contacted', 'not-pursued']),
      followUpOn: addDays(on, 14),
      outcome: r.chance(0.5) ? r.pick(SAYINGS) : '',
    });
  }
  for (let n = 0; n < r.int(0, 2); n++) {
    const on = addDays(since, r.int(30, 900));
    await save(seeding, 'crisis-event', personId, {
      occurredAt: `${on}T21:30`,
      whatHappened: `Called late at night feeling unsafe after ${r.pick(['an argument at the group house', 'bad news from court', 'a relapse scare'])}.`,
      actionsTaken: 'Stayed on the phone, went over the wellness plan together, and made a plan for the night.',
      contacts: [
        {
          who: 'Mobile crisis team',
          organization: 'Wake County',
          why: 'With their permission, to come by and check in',
          underLimit: 'with-consent',
        },
      ],
      followUp: 'Checked in the next morning',
      followUpDate: addDays(on, 1),
    });
  }

  return { index, personId, since, goals: uniqueGoals };
}

/** Notes saved at once: their writes queue in IndexedDB instead of waiting on each other's round trip. */
const NOTES_AT_ONCE = 25;

/** Service notes spread over the person's time, a few hundred words each; the latest few may be drafts. */
async function seedNotes(seeding: Seeding, r: Random, { index, personId, since, goals }: PersonSeeded, today: string, notes: number) {
  const days = Math.max(1, Math.round((Date.parse(today) - Date.parse(since)) / 86_400_000));
  // Now and then a correction, counted with the notes.
  const addenda = Array.from({ length: notes }, (_, n) => n < notes - 2 && r.chance(0.004)).filter(Boolean).length;
  const bodies = Array.from({ length: notes - addenda }, (_, n) => {
    const date = addDays(since, Math.floor((n * days) / (notes - addenda)));
    const start = r.int(9, 15);
    const goal = r.pick(goals);
    const fields = recordKinds['service-note'].fields.parse({
      date,
      startTime: `${String(start).padStart(2, '0')}:00`,
      endTime: `${String(start).padStart(2, '0')}:${r.pick(['30', '45', '50'])}`,
      setting: r.pick(['community', 'community', 'home', 'office']),
      contactType: r.pick(['in-person', 'in-person', 'phone']),
      goalsAddressed: [{ goalId: goal.id, inTheirWords: goal.inTheirWords }],
      whatWeDid: paragraph(r, r.int(4, 7)),
      theirResponse: `${theirWords(r)} ${theirWords(r)}`,
      nextSteps: `${r.pick(NEXT)}; ${r.pick(NEXT)}.`,
      peerName: PEER.name,
      credential: PEER.credential,
    });
    const isDraft = n >= notes - addenda - 2 && index % 4 === 0;
    return isDraft
      ? fields
      : signServiceNote(fields, {
          signedAt: at(date, '17:00'),
          localTime: `${date}T17:00`,
          peerName: PEER.name,
          credential: PEER.credential,
        });
  });
  const ids: string[] = [];
  for (let from = 0; from < bodies.length; from += NOTES_AT_ONCE) {
    ids.push(...(await Promise.all(bodies.slice(from, from + NOTES_AT_ONCE).map((note) => save(seeding, 'service-note', personId, note)))));
  }
  for (let n = 0; n < addenda; n++) {
    const noteId = ids[r.int(0, ids.length - 3)]!;
    await save(seeding, 'note-addendum', personId, {
      noteId,
      text: `Correction: we met at ${r.pick(PLACES)}, not the office.`,
      author: PEER.name,
      writtenAt: at(today),
    });
  }
}

/** Replaces the app's notebook with a large one (this passphrase) and fills it. */
export async function seedLargeNotebook(passphrase: string, target = 50_000, people = 40) {
  await Dexie.delete(VAULT_DATABASE_NAME);
  const sodium = await loadSodium();
  const vault = new Vault(new VaultDatabase(), sodium);
  vault.configure(COMMUNITY_VAULT_POLICY);
  await vault.prepareCreate(passphrase);
  await vault.confirmCreate();
  const seeding: Seeding = { vault, counts: {} };
  const r = randomSource(2026);
  const today = new Date().toISOString().slice(0, 10);
  const start = addMonths(today, -12 * YEARS);
  const started = performance.now();

  await save(seeding, 'peer-profile', null, {
    ...PEER,
    certifiedOn: addMonths(today, -20),
    ceLog: [{ id: 'ce1', on: addMonths(today, -3), title: 'Ethics refresher', hours: 6 }],
  });
  const resourceIds: string[] = [];
  for (let n = 0; n < 150; n++) {
    const town = TOWNS[n % TOWNS.length]!;
    resourceIds.push(
      await save(seeding, 'resource', null, {
        name: `${town} ${RESOURCE_NAMES[Math.floor(n / TOWNS.length) % RESOURCE_NAMES.length]}`,
        kind: RESOURCE_KINDS[n % RESOURCE_KINDS.length],
        address: `${r.int(100, 9999)} ${r.pick(['Main St', 'Blair Dr', 'Oak Ave', 'Capital Blvd', 'New Bern Ave'])}, ${town}`,
        hours: 'Mon-Fri 9-5',
        phone: `919-555-${String(2000 + n)}`,
        notes: r.chance(0.5) ? 'Ask for the intake worker; bring an ID if you have one' : '',
      }),
    );
  }
  for (let n = 0; n < 30; n++) {
    await save(seeding, 'task', null, {
      title: r.pick([
        'Renew my certification',
        'Update the resource list',
        'Supervision meeting',
        'Log training hours',
        'Restock the bus passes',
      ]),
      dueOn: addDays(today, r.int(-10, 40)),
    });
  }

  // The first people have been here all five years, the newest a few months.
  const seeded: PersonSeeded[] = [];
  for (let i = 0; i < people; i++)
    seeded.push(await seedPerson(seeding, r, i, addDays(start, Math.floor((i / people) * (YEARS - 0.3) * 365)), today, resourceIds));
  // Notes (and a few addenda) fill the rest, shared by how long each person has been here.
  const written = Object.values(seeding.counts).reduce((a, b) => a + b, 0);
  const daysOf = seeded.map(({ since }) => Date.parse(today) - Date.parse(since));
  const allDays = daysOf.reduce((a, b) => a + b, 0);
  let left = target - written;
  for (let i = 0; i < people; i++) {
    const notes = i === people - 1 ? left : Math.round(((target - written) * daysOf[i]!) / allDays);
    left -= notes;
    await seedNotes(seeding, r, seeded[i]!, today, notes);
  }

  const records = Object.values(seeding.counts).reduce((a, b) => a + b, 0);
  const seedMs = performance.now() - started;
  await vault.lock();
  return {
    records,
    byKind: seeding.counts,
    people,
    years: YEARS,
    seedMs: Math.round(seedMs),
    saveMsAverage: +(seedMs / records).toFixed(2),
  };
}

/**
 * 100 searches a peer would type in this notebook: names, single words common and rare, phrases
 * someone said, words half typed, and small typos.
 */
export function benchQueries(count = 100): string[] {
  const r = randomSource(7);
  const typo = (word: string) => {
    const at = r.int(1, word.length - 2);
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const phrase = () => {
    const words = r.pick(SAYINGS).split(' ');
    const from = r.int(0, Math.max(0, words.length - 4));
    return words.slice(from, from + r.int(3, 4)).join(' ');
  };
  const word = () =>
    r.pick(
      [...ACTIVITIES, ...PLACES, ...GOALS]
        .join(' ')
        .split(' ')
        .filter((w) => w.length > 4),
    );
  const makers = [
    () => `${r.pick(FIRST)} ${r.pick(LAST)}`,
    () => r.pick(FIRST),
    word,
    phrase,
    () => r.pick(RESOURCE_NAMES),
    () => word().slice(0, r.int(3, 5)),
    () => typo(word()),
    () => `${word()} ${word()}`,
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}
