/**
 * The person's own copy of a plan: one whole web page, to print and keep on paper or to keep as a
 * file. It is in the language chosen for it (whatever the app is showing), in the person's own
 * words, in large plain type, speaking as them ("My recovery plan").
 *
 * The page holds everything it needs: inline styles, signatures as data: pictures, no scripts,
 * and a Content-Security-Policy that forbids anything else, so it looks the same wherever it is
 * opened and can never reach out. Everything a person wrote goes in through `escape`.
 */
import { SUGGESTED_LIFE_DOMAINS, type ActionStep, type Goal, type RecoveryPlanFields } from '@shared/records/recovery-plan';
import { WELLNESS_SECTIONS, type WellnessPlanFields } from '@shared/records/wellness-plan';
import type { Signature } from '@shared/records/signed-versions';
import { datePart } from '@shared/records/dates';
import { i18n } from '../../i18n/i18n';
import { datesIn } from '../../i18n/use-dates';
import type { Language } from '@shared/languages';
import type { personCopyEn } from '../../i18n/locales/person-copy.en';
import type { PlanForCopy, RecordForCopy, SupportForCopy } from '@shared/records/person-copy';

export type PersonCopyInput = PlanForCopy & {
  personName: string;
  language: Language;
  /** The day the copy was made (YYYY-MM-DD). */
  madeOn: string;
  support: SupportForCopy;
};

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Only raster pictures are drawn; anything else a signature might hold is left out. */
const DRAWING = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

const STYLES = `
@page { size: Letter; margin: 0.7in 0.75in; }
* { box-sizing: border-box; }
html { color: #1d2125; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Verdana, "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14pt; line-height: 1.5; }
main { max-width: 7in; margin: 0 auto; padding: 0.5in 0.25in; }
@media print { main { max-width: none; padding: 0; } }
.top { border-bottom: 3px solid #2d6a5a; padding-bottom: 0.12in; margin-bottom: 0.2in; }
.name { margin: 0; font-size: 15pt; font-weight: bold; color: #2d6a5a; }
h1 { margin: 0.02in 0 0.04in; font-size: 26pt; line-height: 1.2; }
.intro { margin: 0 0 0.04in; }
.meta { margin: 0; font-size: 12pt; color: #4b5157; }
h2 { margin: 0.3in 0 0.1in; font-size: 18pt; line-height: 1.3; color: #2d6a5a; break-after: avoid; }
h3 { margin: 0.12in 0 0.02in; font-size: 14pt; line-height: 1.3; break-after: avoid; }
p { margin: 0 0 0.08in; }
.words { white-space: pre-wrap; overflow-wrap: anywhere; }
.areas { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.08in; }
.areas li { border: 1.5px solid #2d6a5a; border-radius: 1em; padding: 0.01in 0.14in; }
.goal { margin: 0 0 0.2in; padding: 0.14in 0.2in 0.06in; border: 1.5px solid #bcd9cf; border-left: 8px solid #2d6a5a; border-radius: 6px; background: #f3f9f7; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
/* A long goal may go on over the page, but only between steps: never its words away from its first step, never a step cut in two. */
.goal-label, .goal-words, .goal h3 { break-after: avoid; }
.goal-label { margin: 0; font-size: 12pt; color: #4b5157; }
.goal-words { margin: 0.02in 0 0.06in; font-size: 17pt; font-weight: bold; line-height: 1.4; }
.steps { margin: 0 0 0.08in; padding-left: 1.3em; }
.step { margin: 0 0 0.1in; break-inside: avoid; }
.step p { margin: 0; }
.status { display: inline-block; margin-left: 0.4em; padding: 0 0.5em; border: 1.5px solid #2d6a5a; border-radius: 1em; font-size: 11pt; font-weight: bold; color: #2d6a5a; white-space: nowrap; }
.step-details { display: flex; flex-wrap: wrap; gap: 0 0.3in; margin: 0.02in 0 0; font-size: 12pt; }
.step-details div { display: flex; gap: 0.35em; }
.step-details dt { font-weight: bold; }
.step-details dd { margin: 0; }
.plan-section { padding-left: 0.18in; border-left: 4px solid #bcd9cf; }
.part { margin: 0 0 0.12in; break-inside: avoid; }
.signatures { break-inside: avoid; }
.signature { margin: 0 0 0.16in; }
.signature img { display: block; max-width: 3in; max-height: 0.9in; margin: 0.04in 0; }
.role { margin: 0; font-size: 12pt; color: #4b5157; }
/* The closing lines never stand alone on a last page. */
footer { margin-top: 0.35in; padding-top: 0.1in; border-top: 1.5px solid #c6cbd0; font-size: 12pt; color: #4b5157; break-inside: avoid; break-before: avoid; }
`;

type SuggestedLifeArea = (typeof SUGGESTED_LIFE_DOMAINS)[number];
type WellnessSectionId = keyof typeof personCopyEn.wellness.sections;

const isSuggestedLifeArea = (area: string): area is SuggestedLifeArea => (SUGGESTED_LIFE_DOMAINS as readonly string[]).includes(area);

/** The words and dates of one language, whatever the app is showing. */
function wordsIn(language: Language) {
  // `parts`: a plan's parts carry the same names on paper as on screen.
  return {
    t: i18n.getFixedT(language, null, 'personCopy'),
    parts: i18n.getFixedT(language, null, 'plans.wellness.parts'),
    dates: datesIn(language),
  };
}
type Words = ReturnType<typeof wordsIn>;

const section = (title: string, body: string, className = ''): string =>
  `<section${className ? ` class="${className}"` : ''}><h2>${escape(title)}</h2>${body}</section>`;

const theirWords = (text: string, className = 'words'): string => `<p class="${className}">${escape(text)}</p>`;

function signatureBlock(signature: Signature, role: string | null, { t, dates }: Words): string {
  const name = signature.signerName;
  const date = dates.date(datePart(signature.signedAt));
  const line =
    signature.method === 'verbal-with-witness'
      ? t('page.agreedOutLoud', { name, date, witness: signature.witnessName ?? '' })
      : t('page.signedBy', { name, date });
  const drawing =
    signature.drawing && DRAWING.test(signature.drawing)
      ? `<img src="${signature.drawing}" alt="${escape(t('page.signatureOf', { name }))}">`
      : '';
  return `<div class="signature">${role ? `<p class="role">${escape(role)}</p>` : ''}${drawing}<p>${escape(line)}</p></div>`;
}

function signaturesSection(signatures: readonly { signature: Signature | null; role: string | null }[], words: Words): string {
  const given = signatures.filter((entry): entry is { signature: Signature; role: string | null } => entry.signature !== null);
  if (given.length === 0) return '';
  return section(
    words.t('page.signatures'),
    given.map((entry) => signatureBlock(entry.signature, entry.role, words)).join(''),
    'signatures',
  );
}

function stepItem(step: ActionStep, { t, dates }: Words): string {
  const details: [string, string][] = [
    [t('recovery.whoHelps'), step.whoHelps],
    [t('recovery.byWhen'), step.byWhen && dates.date(step.byWhen)],
  ];
  const shown = details
    .filter(([, value]) => value)
    .map(([term, value]) => `<div><dt>${escape(term)}:</dt><dd>${escape(value)}</dd></div>`);
  const status = `<span class="status">${escape(t(`recovery.statuses.${step.status}`))}</span>`;
  return `<li class="step"><p><span class="words">${escape(step.what)}</span>${status}</p>${shown.length ? `<dl class="step-details">${shown.join('')}</dl>` : ''}</li>`;
}

function lifeAreaName(area: string, { t }: Words): string {
  return isSuggestedLifeArea(area) ? t(`recovery.suggestedLifeAreas.${area}`) : area;
}

function goalCard(goal: Goal, index: number, words: Words): string {
  const { t } = words;
  const label = [t('recovery.goalNumber', { number: index + 1 }), goal.domain && lifeAreaName(goal.domain, words)]
    .filter(Boolean)
    .join(' · ');
  const steps = goal.steps.length
    ? `<h3>${escape(t('recovery.steps'))}</h3><ol class="steps">${goal.steps.map((step) => stepItem(step, words)).join('')}</ol>`
    : '';
  return `<article class="goal"><p class="goal-label">${escape(label)}</p>${theirWords(goal.inTheirWords, 'words goal-words')}${steps}</article>`;
}

function recoveryPlanBody(fields: RecoveryPlanFields, words: Words): string {
  const { t, dates } = words;
  const areas = fields.lifeDomains.map((area) => `<li>${escape(lifeAreaName(area, words))}</li>`).join('');
  const goals = fields.goals.length
    ? fields.goals.map((goal, index) => goalCard(goal, index, words)).join('')
    : `<p>${escape(t('recovery.noGoalsYet'))}</p>`;
  return [
    fields.lifeDomains.length ? section(t('recovery.lifeAreas'), `<ul class="areas">${areas}</ul>`) : '',
    section(t('recovery.goals'), goals),
    fields.strengths ? section(t('recovery.strengths'), theirWords(fields.strengths)) : '',
    fields.supports ? section(t('recovery.supports'), theirWords(fields.supports)) : '',
    fields.reviewDate
      ? section(t('recovery.reviewDate'), `<p>${escape(t('recovery.reviewOn', { date: dates.date(fields.reviewDate) }))}</p>`)
      : '',
    signaturesSection(
      [
        { signature: fields.signature, role: t('recovery.roles.person') },
        { signature: fields.peerSignature, role: t('recovery.roles.peer') },
        { signature: fields.supervisorSignature, role: t('recovery.roles.supervisor') },
      ],
      words,
    ),
  ].join('');
}

function wellnessPlanBody(fields: WellnessPlanFields, words: Words): string {
  const { t, parts: partName } = words;
  // Parts left empty are left out: the copy shows what the person has written so far.
  const sections = WELLNESS_SECTIONS.map((wellnessSection) => {
    const parts = wellnessSection.parts.filter((part) => fields[part.field]);
    if (parts.length === 0) return '';
    const body = parts
      .map((part) => `<div class="part"><h3>${escape(partName(part.field))}</h3>${theirWords(fields[part.field])}</div>`)
      .join('');
    return section(t(`wellness.sections.${wellnessSection.id as WellnessSectionId}`), body, 'plan-section');
  });
  return sections.join('') + signaturesSection([{ signature: fields.signature, role: null }], words);
}

function recordBody(record: RecordForCopy, words: Words): string {
  const { t, dates } = words;
  const { about } = record;
  const aboutParts = (
    [
      [t('record.pronouns'), about.pronouns],
      [t('record.importantToMe'), about.importantToMe],
      [t('record.howToSupportMe'), about.howToSupportMe],
      [t('record.strengths'), about.strengths],
      [
        t('record.supporters'),
        about.supporters.map((supporter) => [supporter.name, supporter.relationship].filter(Boolean).join(', ')).join('\n'),
      ],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([label, value]) => `<div class="part"><h3>${escape(label)}</h3>${theirWords(value)}</div>`)
    .join('');
  const meetings = record.meetings
    .map((meeting) => {
      const when = t('record.meetingOn', {
        date: dates.date(meeting.date),
        start: dates.clockTime(meeting.startTime),
        end: dates.clockTime(meeting.endTime),
      });
      const parts = (
        [
          [t('record.goalsWorkedOn'), meeting.goalsAddressed.map((goal) => goal.inTheirWords).join('\n')],
          [t('record.whatWeDid'), meeting.whatWeDid],
          [t('record.howIResponded'), meeting.theirResponse],
          [t('record.nextSteps'), meeting.nextSteps],
        ] as const
      )
        .filter(([, value]) => value)
        .map(([label, value]) => `<div class="part"><h3>${escape(label)}</h3>${theirWords(value)}</div>`)
        .join('');
      return `<article class="goal"><p class="goal-words">${escape(when)}</p><p class="role">${escape(t('record.withPeer', { name: meeting.peerName }))}</p>${parts}</article>`;
    })
    .join('');
  const assessments = record.assessments
    .map(
      (assessment) =>
        `<li>${escape(
          assessment.total === null
            ? t('record.assessmentPartial', { date: dates.date(assessment.takenOn), answered: assessment.answered })
            : t('record.assessmentTotal', { date: dates.date(assessment.takenOn), total: assessment.total }),
        )}</li>`,
    )
    .join('');
  const sharing = record.sharing
    .map(
      (entry) =>
        `<li>${escape(t('record.sharedWith', { date: dates.date(entry.sharedOn), who: entry.sharedWith, what: entry.whatWasShared, why: entry.purpose }))}</li>`,
    )
    .join('');
  return [
    aboutParts ? section(t('record.about'), aboutParts, 'plan-section') : '',
    record.recoveryPlan ? section(t('recovery.title'), recoveryPlanBody(record.recoveryPlan, words), 'plan-section') : '',
    section(t('record.meetings'), meetings || `<p>${escape(t('record.noMeetings'))}</p>`),
    assessments ? section(t('record.assessments'), `<p>${escape(t('record.assessmentsIntro'))}</p><ul>${assessments}</ul>`) : '',
    section(t('record.sharing'), sharing ? `<ul>${sharing}</ul>` : `<p>${escape(t('record.sharedWithNoOne'))}</p>`),
  ].join('');
}

/** Who to reach: their peer and how, the agency, and always the 988 Lifeline. */
function supportSection(support: SupportForCopy, { t }: Words): string {
  const lines = [
    support.peerName && `<p>${escape(t('support.peer', { name: support.peerName }))}</p>`,
    support.howToReachPeer && `<p class="words">${escape(t('support.howToReach', { how: support.howToReachPeer }))}</p>`,
    support.whenNotToReach && `<p class="words">${escape(t('support.whenNot', { when: support.whenNotToReach }))}</p>`,
    support.agencyName &&
      `<p>${escape(support.agencyContact ? t('support.agencyWithContact', { agency: support.agencyName, contact: support.agencyContact }) : t('support.agency', { agency: support.agencyName }))}</p>`,
    `<p class="lifeline"><strong>${escape(t('support.lifeline'))}</strong> ${escape(t('support.emergency'))}</p>`,
  ];
  return section(t('support.title'), lines.filter(Boolean).join(''), 'support');
}

const titleKey = { 'recovery-plan': 'recovery.title', 'wellness-plan': 'wellness.title', record: 'record.title' } as const;

/** The whole page, ready to save as it is or to print. */
export function personCopyHtml(input: PersonCopyInput): string {
  const words = wordsIn(input.language);
  const { t, dates } = words;
  const title = t(titleKey[input.kind]);
  const meta =
    input.kind === 'record'
      ? t('record.meta')
      : `${t('page.version', { version: input.fields.version })} · ${input.fields.signature ? t('page.signedOn', { date: dates.date(datePart(input.fields.signature.signedAt)) }) : t('page.notSignedYet')}`;
  const intro = input.kind === 'wellness-plan' ? `<p class="intro">${escape(t('wellness.intro'))}</p>` : '';
  const body =
    input.kind === 'recovery-plan'
      ? recoveryPlanBody(input.fields, words)
      : input.kind === 'wellness-plan'
        ? wellnessPlanBody(input.fields, words)
        : recordBody(input.fields, words);
  return `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${input.personName}: ${title}`)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<header class="top"><p class="name">${escape(input.personName)}</p><h1>${escape(title)}</h1>${intro}<p class="meta">${escape(meta)}</p></header>
${body}
${supportSection(input.support, words)}
<footer><p>${escape(t(input.kind === 'record' ? 'record.itIsMine' : 'page.itIsMine'))}</p><p>${escape(t('page.madeOn', { date: dates.date(input.madeOn) }))}</p></footer>
</main>
</body>
</html>
`;
}

/** A name for the saved file that every system accepts: "Jordan Rivers - My recovery plan - 2027-06-30". */
export function personCopyFileName({
  kind,
  personName,
  language,
  madeOn,
}: Pick<PersonCopyInput, 'kind' | 'personName' | 'language' | 'madeOn'>): string {
  const name = `${personName} - ${wordsIn(language).t(titleKey[kind])} - ${madeOn}`;
  return name
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .slice(0, 200)
    .trim();
}
