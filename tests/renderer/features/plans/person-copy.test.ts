import { afterEach, describe, expect, it } from 'vitest';
import { WELLNESS_SECTIONS } from '@shared/records/wellness-plan';
import { PersonCopyFileName } from '@shared/host-api';
import { i18n } from '../../../../renderer/src/i18n/i18n';
import { personCopyEn } from '../../../../renderer/src/i18n/locales/person-copy.en';
import { personCopyEs } from '../../../../renderer/src/i18n/locales/person-copy.es';
import { plansEs } from '../../../../renderer/src/i18n/locales/plans.es';
import { personCopyFileName, personCopyHtml } from '../../../../renderer/src/features/plans/person-copy';
import { PEOPLE, recoveryPlan, wellnessPlan } from './plan-fixtures';

const DRAWING = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const madeOn = '2027-06-30';
const support = {
  peerName: 'Dana Peer',
  howToReachPeer: 'Text me at 919-555-0142, weekdays 9 to 5',
  whenNotToReach: 'Evenings and weekends: call the warmline',
  agencyName: 'Riverbend Peer Services',
  agencyContact: '(919) 555-0100',
};

/** The page's text as a reader sees it: tags dropped, entities read back. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Where each phrase first appears, so order can be checked. */
const positions = (text: string, phrases: string[]) => phrases.map((phrase) => text.indexOf(phrase));
const ascending = (numbers: number[]) => numbers.every((n, i) => n >= 0 && (i === 0 || n > numbers[i - 1]!));

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe("the person's own copy of their recovery plan", () => {
  it('is a whole standalone page in English, their goals in their own words, with steps, supports, strengths and signatures', () => {
    const html = personCopyHtml({
      kind: 'recovery-plan',
      fields: recoveryPlan('en', DRAWING),
      personName: PEOPLE.en,
      language: 'en',
      madeOn,
      support,
    });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const text = visibleText(html);
    expect(
      ascending(
        positions(text, [
          'Jordan Rivers',
          'My recovery plan',
          'Version 2 · signed on June 3, 2027',
          "What I'm working on",
          'Goal 1 · Housing',
          'I want my own place, with a room where my kids can stay on weekends.',
          'My steps',
          'Fill out the housing application at the county office Started',
          'Who helps: Sam, my peer support specialist',
          'By when: July 15, 2027',
          'Goal 3 · Being a good dad',
          'My strengths',
          "I don't give up.",
          'Who can help',
          'My sister Tasha: 919-555-0175',
          "We'll look at this plan together again on September 15, 2027.",
          'Signatures',
          'Me Signed by Jordan Rivers on June 3, 2027',
          'My peer support specialist Signed by Sam Okafor on June 3, 2027',
          'This plan is mine.',
          'This copy was made on June 30, 2027.',
        ]),
      ),
    ).toBe(true);
    // A step with no date or helper shows only what is known.
    expect(text).toContain('Go to the job fair at the library Paused Goal 3');
    expect(html).toContain(`<img src="${DRAWING}" alt="Signature of Jordan Rivers">`);
    // Nothing about the supervisor when they have not signed.
    expect(text).not.toContain('Supervisor');
  });

  it('is in Spanish when made in Spanish, whatever language the app is showing', async () => {
    await i18n.changeLanguage('en');
    const html = personCopyHtml({
      kind: 'recovery-plan',
      fields: recoveryPlan('es'),
      personName: PEOPLE.es,
      language: 'es',
      madeOn,
      support,
    });
    expect(html).toContain('<html lang="es">');
    const text = visibleText(html);
    for (const phrase of [
      'Mi plan de recuperación',
      'Versión 2 · firmado el 3 de junio de 2027',
      'En lo que estoy trabajando',
      'Meta 1 · Salud',
      'Quiero sentirme con energía para jugar con mis nietos y dormir bien por las noches.',
      'Quién me ayuda: Mi vecina Rosa me acompaña',
      'Para cuándo: 31 de julio de 2027',
      'Caminar 20 minutos después de la cena Empezado',
      // A life area the person named stays in their words.
      'Meta 2 · Volver a estudiar',
      'Mis fortalezas',
      'Quién me puede ayudar',
      'Firmado por María Elena Torres el 3 de junio de 2027',
      'Esta copia se hizo el 30 de junio de 2027.',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toMatch(/My recovery plan|What I'm working on|Signed by/);

    await i18n.changeLanguage('es');
    const english = visibleText(
      personCopyHtml({ kind: 'recovery-plan', fields: recoveryPlan('en'), personName: PEOPLE.en, language: 'en', madeOn, support }),
    );
    expect(english).toContain("What I'm working on");
    expect(english).not.toContain('En lo que estoy trabajando');
  });

  it('escapes every piece of the person’s text, so nothing they wrote can become markup or script', () => {
    const fields = recoveryPlan('en');
    const words = `<script>alert("hi")</script> Tom & Jerry's <img src=x onerror=alert(1)>`;
    fields.goals[0]!.inTheirWords = words;
    fields.goals[0]!.steps[0]!.whoHelps = '"><b>Sam</b>';
    fields.strengths = '</p><style>body{display:none}</style>';
    fields.signature = { ...fields.signature!, signerName: 'Jordan <i>R</i>' };
    const html = personCopyHtml({ kind: 'recovery-plan', fields, personName: 'Jordan <b>"JR"</b> & co', language: 'en', madeOn, support });

    expect(html).not.toMatch(/<script|<img src=x|<b>|<i>|onerror=alert\(1\)>/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;b&gt;Sam&lt;/b&gt;');
    expect(html).toContain('<title>Jordan &lt;b&gt;&quot;JR&quot;&lt;/b&gt; &amp; co: My recovery plan</title>');
    expect(visibleText(html)).toContain(words);
  });

  it('holds no script and reaches for nothing outside itself', () => {
    const html = personCopyHtml({
      kind: 'recovery-plan',
      fields: recoveryPlan('en', DRAWING),
      personName: PEOPLE.en,
      language: 'en',
      madeOn,
      support,
    });
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
    expect(html).not.toMatch(/<script|<link|<iframe|href=|url\(|@import|https?:/i);
    expect([...html.matchAll(/src="([^"]*)"/g)].map((match) => match[1])).toEqual([DRAWING]);
  });

  it('leaves out a signature picture that is not a plain image', () => {
    const fields = recoveryPlan('en');
    fields.signature = { ...fields.signature!, method: 'drawn', drawing: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' };
    const html = personCopyHtml({ kind: 'recovery-plan', fields, personName: PEOPLE.en, language: 'en', madeOn, support });
    expect(html).not.toContain('<img');
    expect(visibleText(html)).toContain('Signed by Jordan Rivers on June 3, 2027');
  });
});

describe("the person's own copy of their wellness and crisis plan", () => {
  it('says how a plan agreed to out loud was agreed, and who witnessed it', () => {
    const fields = wellnessPlan('es');
    fields.signature = {
      method: 'verbal-with-witness',
      signerName: 'María Elena Torres',
      witnessName: 'Rosa Díaz',
      signedAt: '2027-06-10T10:00:00-04:00',
    };
    const text = visibleText(personCopyHtml({ kind: 'wellness-plan', fields, personName: PEOPLE.es, language: 'es', madeOn, support }));
    expect(text).toContain('Aceptado de palabra por María Elena Torres el 10 de junio de 2027, con Rosa Díaz como testigo');
  });

  it.each([
    ['en', personCopyEn, 'Calling my sister'],
    ['es', personCopyEs, 'Rezar en la mañana'],
  ] as const)(
    'in %s: the sections written so far, in order, under neutral titles, with what the person wrote',
    (language, words, firstWords) => {
      const fields = wellnessPlan(language);
      const html = personCopyHtml({ kind: 'wellness-plan', fields, personName: PEOPLE[language], language, madeOn, support });
      expect(html).toContain(`<html lang="${language}">`);
      const text = visibleText(html);
      expect(text).toContain(words.wellness.title);
      expect(text).toContain(firstWords);
      const written = WELLNESS_SECTIONS.filter((section) => section.parts.some((part) => fields[part.field]));
      expect(written.length).toBeGreaterThanOrEqual(language === 'en' ? 7 : 6);
      expect(
        ascending(
          positions(
            text,
            written.map((section) => words.wellness.sections[section.id as keyof typeof words.wellness.sections]),
          ),
        ),
      ).toBe(true);
      expect(text).toContain(
        words.page.signedBy
          .replace('{{name}}', PEOPLE[language])
          .replace('{{date}}', language === 'en' ? 'June 10, 2027' : '10 de junio de 2027'),
      );
      expect(text).not.toMatch(/WRAP/);
    },
  );

  it('leaves out the parts not written yet', () => {
    const text = visibleText(
      personCopyHtml({ kind: 'wellness-plan', fields: wellnessPlan('es'), personName: PEOPLE.es, language: 'es', madeOn, support }),
    );
    expect(text).not.toContain(plansEs.wellness.parts.crisisMedications);
    expect(text).not.toContain(plansEs.wellness.parts.breakingDownSigns);
    expect(text).not.toContain(personCopyEs.wellness.sections['breaking-down']);
    expect(text).toContain(plansEs.wellness.parts.crisisWhatHelps);
  });

  it('has a title, in both languages, for every section of the plan', () => {
    for (const words of [personCopyEn, personCopyEs]) {
      expect(Object.keys(words.wellness.sections).sort()).toEqual(WELLNESS_SECTIONS.map((section) => section.id).sort());
    }
  });
});

describe("the copy's file name", () => {
  it('names the person, the plan and the day, in the copy’s language', () => {
    expect(personCopyFileName({ kind: 'recovery-plan', personName: 'Jordan Rivers', language: 'en', madeOn })).toBe(
      'Jordan Rivers - My recovery plan - 2027-06-30',
    );
    expect(personCopyFileName({ kind: 'wellness-plan', personName: 'María Elena', language: 'es', madeOn })).toBe(
      'María Elena - Mi plan de bienestar y de crisis - 2027-06-30',
    );
  });

  it('is always a plain file name the main process accepts', () => {
    for (const personName of ['../J/R: "Jo" <x>|?*', '.hidden', ' \t', 'a'.repeat(300)]) {
      const name = personCopyFileName({ kind: 'recovery-plan', personName, language: 'en', madeOn });
      expect(PersonCopyFileName.safeParse(name).success, name).toBe(true);
    }
  });
});

describe("the person's own copy of their whole record", () => {
  const record = (language: 'en' | 'es') => ({
    about: {
      preferredName: PEOPLE[language],
      pronouns: 'they/them',
      importantToMe: 'My kids <and> my garden',
      howToSupportMe: 'Text first',
      strengths: 'I keep going',
      supporters: [{ id: 's1', name: 'Aunt May', relationship: 'aunt', phone: '', isEmergencyContact: false, okToShareWith: false }],
    },
    recoveryPlan: recoveryPlan(language, DRAWING),
    meetings: [
      {
        date: '2027-06-01',
        startTime: '10:00',
        endTime: '10:50',
        goalsAddressed: [{ goalId: 'g1', inTheirWords: 'A place of my own' }],
        whatWeDid: 'Looked at listings together',
        theirResponse: 'I felt hopeful',
        nextSteps: 'Call the landlord',
        peerName: 'Dana Peer',
      },
    ],
    assessments: [
      { takenOn: '2027-05-01', total: 48, answered: 10 },
      { takenOn: '2027-06-01', total: null, answered: 7 },
    ],
    sharing: [{ sharedOn: '2027-06-10', sharedWith: 'Wake County Housing', whatWasShared: 'Attendance', purpose: 'Housing application' }],
  });

  it('shows what they said about themselves, their plan, the meetings, their BARC-10 and who it was shared with, in plain words', () => {
    const html = personCopyHtml({ kind: 'record', fields: record('en'), personName: PEOPLE.en, language: 'en', madeOn, support });
    const text = visibleText(html);
    expect(html).toContain('My kids &lt;and&gt; my garden');
    expect(
      ascending(
        positions(text, [
          'My record',
          'About me',
          'My kids <and> my garden',
          'My recovery plan',
          'Our meetings',
          'June 1, 2027, 10:00 AM to 10:50 AM',
          'How it went for me',
          'I felt hopeful',
          'May 1, 2027: 48 out of 60',
          'June 1, 2027: I answered 7 of the 10 statements',
          'June 10, 2027: Attendance, with Wake County Housing, for this reason: Housing application',
          'This record is about me.',
        ]),
      ),
    ).toBe(true);
    expect(personCopyFileName({ kind: 'record', personName: PEOPLE.en, language: 'en', madeOn })).toBe(
      `${PEOPLE.en} - My record - ${madeOn}`,
    );
  });

  it('is in Spanish when that is their language, their own words kept as they wrote them', () => {
    const text = visibleText(
      personCopyHtml({ kind: 'record', fields: record('es'), personName: PEOPLE.es, language: 'es', madeOn, support }),
    );
    for (const words of [
      'Mi expediente',
      'Sobre mí',
      'Nuestros encuentros',
      'Cómo me fue',
      '48 de 60',
      'Con quién se compartió mi información',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('I felt hopeful');
    expect(text).not.toContain('Our meetings');
  });

  it('says so plainly when nothing was shared and no meeting was written yet', () => {
    const empty = { ...record('en'), meetings: [], assessments: [], sharing: [], recoveryPlan: null };
    const text = visibleText(personCopyHtml({ kind: 'record', fields: empty, personName: PEOPLE.en, language: 'en', madeOn, support }));
    expect(text).toContain('No meetings written down yet.');
    expect(text).toContain('Nothing about me has been shared with anyone.');
    expect(text).not.toContain('My recovery plan');
  });
});

describe('who the person can reach, on every copy', () => {
  it('names their peer and how to reach them, their agency, and the 988 Lifeline, in the copy’s language', () => {
    const english = visibleText(
      personCopyHtml({ kind: 'wellness-plan', fields: wellnessPlan('en'), personName: PEOPLE.en, language: 'en', madeOn, support }),
    );
    for (const phrase of [
      'Who I can reach',
      'My peer support specialist: Dana Peer',
      'How to reach them: Text me at 919-555-0142, weekdays 9 to 5',
      "When they can't be reached: Evenings and weekends: call the warmline",
      'Their agency: Riverbend Peer Services, (919) 555-0100',
      'I can call or text 988, the 988 Suicide & Crisis Lifeline, any time, day or night.',
    ])
      expect(english).toContain(phrase);

    const spanish = visibleText(
      personCopyHtml({ kind: 'recovery-plan', fields: recoveryPlan('es'), personName: PEOPLE.es, language: 'es', madeOn, support }),
    );
    expect(spanish).toContain('Mi especialista de apoyo entre pares: Dana Peer');
    expect(spanish).toContain('puedo llamar o mandar un mensaje de texto al 988');
  });

  it('always gives the 988 Lifeline, even when no peer, agreement or agency is known', () => {
    const unknown = { peerName: '', howToReachPeer: '', whenNotToReach: '', agencyName: null, agencyContact: null };
    const text = visibleText(
      personCopyHtml({
        kind: 'recovery-plan',
        fields: recoveryPlan('en'),
        personName: PEOPLE.en,
        language: 'en',
        madeOn,
        support: unknown,
      }),
    );
    expect(text).toContain('call or text 988');
    expect(text).not.toContain('My peer support specialist:');
    expect(text).not.toContain('Their agency:');
  });
});
