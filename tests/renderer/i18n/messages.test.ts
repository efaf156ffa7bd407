import { describe, expect, it } from 'vitest';
import { inEnglish, MESSAGES, messagesOfIssues, say, TEMPLATE_PARAM, type MessageKey } from '@shared/messages';
import {
  AGENCY_RECOVERY_STATEMENT,
  CONFIDENTIALITY_LIMITS,
  ConfidentialityDisclosureFields,
  disclosureStatus,
} from '@shared/records/confidentiality';
import { DEFAULT_BOUNDARIES, DEFAULT_WHAT_PEER_IS } from '@shared/records/agreement';
import { crisisEventNotes, CrisisEventFields } from '@shared/records/crisis-event';
import { checkDisclosure } from '@shared/records/disclosure-log';
import { PersonFields } from '@shared/records/person';
import { MeetingNotOverError } from '@shared/records/service-note';
import { inactiveReason, missingElements, ReleaseFields } from '@shared/records/release';
import { text } from '@shared/records/text';
import { resolveInstallationPolicy } from '@shared/agency/policy-merge';
import { loadSodium } from '@shared/crypto/sodium';
import { messagesEs } from '../../../renderer/src/i18n/messages.es';
import { renderMessage } from '../../../renderer/src/i18n/render-message';
import { draft, release } from '../../shared/records/release-fixtures';

const params = (template: string) => [...new Set([...template.matchAll(TEMPLATE_PARAM)].map((match) => match[1]))].sort();
const es = (message: Parameters<typeof renderMessage>[0]) => renderMessage(message, 'es');

const disclosure = (explainedOn: string, nextReviewDate: string) => ({
  id: 'limits-1',
  fields: ConfidentialityDisclosureFields.parse({
    seriesId: 'limits-1',
    limitsExplained: ['harm-to-self'],
    explainedOn,
    explainedBy: 'Sam Peer',
    acknowledgement: 'signed-on-screen',
    nextReviewDate,
    signature: { method: 'typed', signedAt: `${explainedOn}T11:00:00-05:00`, signerName: 'Dana Reyes' },
  }),
});

describe('the rules’ messages in Spanish', () => {
  it('every message has Spanish words, filling in the same {{parts}}, and no Spanish is left without its English', () => {
    expect(Object.keys(messagesEs).sort()).toEqual(Object.keys(MESSAGES).sort());
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      expect(messagesEs[key].trim(), key).not.toBe('');
      expect(params(messagesEs[key]), key).toEqual(params(MESSAGES[key]));
    }
  });

  it('English in the window is the rules’ English', () => {
    const message = disclosureStatus([disclosure('2026-01-10', '2026-07-10')], '2026-02-01', 'Dana').message;
    expect(renderMessage(message, 'en')).toBe(inEnglish(message));
    expect(renderMessage(message, 'en')).toContain('January 10, 2026');
  });

  it('the confidentiality reminder keeps the name and shows the date the Spanish way', () => {
    expect(es(disclosureStatus([], '2026-02-01', 'Dana').message)).toBe(
      'Todavía no le has explicado a Dana los límites de la confidencialidad. Repásenlos juntos antes que nada.',
    );
    expect(es(disclosureStatus([disclosure('2025-01-10', '2026-01-10')], '2026-02-01', 'Dana').message)).toBe(
      'Ya es hora de volver a repasar los límites de la confidencialidad con Dana. El repaso tocaba el 10 de enero de 2026.',
    );
    expect(es(disclosureStatus([disclosure('2026-01-10', '2026-07-10')], '2026-02-01', 'Dana').message)).toBe(
      'Repasaste los límites de la confidencialidad con Dana el 10 de enero de 2026. La próxima vez que toca repasarlos: a más tardar el 10 de julio de 2026.',
    );
  });

  it('a fallback name is translated too, even at the start of a sentence', () => {
    expect(es(disclosureStatus([], '2026-02-01', ' ').message)).toMatch(/^Todavía no le has explicado a Esta persona /);
    const missing = missingElements(draft({ personName: '', signature: null })).map((each) => es(each.message));
    expect(missing).toContain('La persona tiene que firmar y fechar esta autorización.');
    expect(missing).toContain('Agrega el nombre de la persona para quien es esta autorización.');
  });

  it('release checklists and refusals keep names, quotes and dates', () => {
    const revoked = release({ revocation: { revokedOn: '2026-03-02', receivedHow: 'in-writing' } });
    expect(es(inactiveReason(revoked, '2026-03-03')!)).toBe(
      'Dana Reyes retiró esta autorización el 2 de marzo de 2026. Ya no se puede compartir nada más con ella.',
    );
    const guardian = missingElements(draft({ requiresGuardianSignature: true, guardianName: 'Rosa Reyes', signature: null }));
    expect(guardian.map((each) => es(each.message))).toEqual(['Dana Reyes y Rosa Reyes tienen que firmar y fechar esta autorización.']);
    const check = checkDisclosure(
      { whatWasShared: 'Attendance', sharedWith: 'Wake County Housing', purpose: 'Rent help', sharedOn: '2026-03-01', method: 'phone' },
      { id: 'r1', fields: release() },
      '2026-03-01',
    );
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(es(check.reason)).toBe(
        'Esta autorización es para “Housing application”, no para “Rent help”. Compartir por otro motivo necesita su propia autorización.',
      );
  });

  it('a message inside a message is translated as well', () => {
    const parsed = ReleaseFields.safeParse({
      seriesId: 's',
      signature: { method: 'typed', signedAt: '2026-02-01T10:00:00-05:00', signerName: 'Dana' },
    });
    expect(parsed.success).toBe(false);
    const finish = messagesOfIssues(parsed.error!.issues).find((message) => message.key === 'release.finishBeforeSigning')!;
    expect(es(finish)).toBe('Termina la autorización antes de firmarla. Agrega el nombre de la persona para quien es esta autorización.');
  });

  it('zod validation messages, crisis notes and length limits', () => {
    const person = PersonFields.safeParse({ preferredName: ' ', email: 'dana@' });
    expect(messagesOfIssues(person.error!.issues).map(es)).toEqual([
      'Agrega el nombre con el que a esta persona le gusta que la llamen.',
      'Ese correo electrónico no parece estar completo.',
    ]);
    expect(es(messagesOfIssues(text(2000).safeParse('x'.repeat(2001)).error!.issues))).toBe(
      'Por favor, escribe menos de 2,000 caracteres.',
    );
    const crisis = CrisisEventFields.parse({
      occurredAt: '2026-02-01T10:00',
      whatHappened: 'A hard night',
      actionsTaken: 'Stayed with them',
      contacts: [{ who: 'Dr. Lee', why: 'Support', underLimit: 'with-consent' }],
    });
    expect(crisisEventNotes(crisis, null, 'Dana').map((note) => es(note.message))).toEqual([
      'Vincula los límites de la confidencialidad que se le explicaron a Dana, para que quede claro lo que sabía.',
      'Compartiste con Dr. Lee con el permiso de Dana: anótalo en el registro de lo compartido con la autorización de Dana, para que Dana pueda ver a quién se le dijo.',
    ]);
  });

  it('a note signed before its meeting ended says when it can be signed, with the time and date the Spanish way', () => {
    expect(es(new MeetingNotOverError('2026-03-02T10:50', '2026-03-02T05:15').messages)).toBe(
      'Esta reunión termina hoy, 10:50 a.m., así que podrás firmar la nota después de esa hora.',
    );
    expect(es(new MeetingNotOverError('2026-03-03T13:45', '2026-03-02T16:00').messages)).toBe(
      'Esta reunión termina el 3 de marzo de 2026, 1:45 p.m., así que podrás firmar la nota después de esa hora.',
    );
  });

  it('a part that is words as written (a name, a quote) stays as written', () => {
    expect(es(say('crisis.linkLimits', { person: 'the person' }))).toContain('the person');
    expect(es(say('release.recipientNotNamed', { recipient: 'Wake County Housing' }))).toContain('Wake County Housing');
  });
});

describe("the installation policy's problems, on the About screen", () => {
  const location = '/etc/peer-notebook/policy.json';
  const problemsOf = async (document: unknown) =>
    resolveInstallationPolicy(await loadSodium(), { agencyConfig: null, osPolicy: { status: 'found', location, document } }).problems;

  it("are worded in Spanish, the setting's name and its values included", async () => {
    const [looser] = await problemsOf({ minimumPassphraseScore: 1 });
    expect(es(looser!.message)).toBe(
      `Fuerza mínima de la frase de contraseña se queda en 3 de 4: la política en ${location} lo cambiaría a 1 de 4, que es menos estricto, y solo una política firmada con la clave de políticas de tu agencia puede hacer un ajuste menos estricto. Firma la política, o elige un valor no menos estricto que 3 de 4.`,
    );
  });

  it("a value that cannot be used, and a setting Peer Notebook doesn't know, say so in Spanish", async () => {
    const problems = await problemsOf({ autoLockMaxMinutes: 45, stateRules: [{ state: 'nc', noteDeadline: { days: 2 } }], autolock: 5 });
    expect(problems.map((problem) => es(problem.message))).toEqual([
      `${location}: Tiempo máximo de bloqueo automático: autoLockMaxMinutes: tiene que ser como mucho 30 minutos (el tiempo de bloqueo automático más largo que ofrece la app). Este ajuste se ignoró.`,
      `${location}: Plazos de las notas por estado: stateRules[0].state: tiene que ser un código de estado de dos letras en mayúsculas, como "NC"; stateRules[0].noteDeadline: tiene que ser un número de horas o un número de días hábiles. Este ajuste se ignoró.`,
      `${location}: "autolock" no es un ajuste que Peer Notebook conozca, así que se ignoró (los ajustes son: autoLockMaxMinutes, requireAgencyKeySlot, noteDueHours, stateRules, noteUnitRule, plaintextExportAllowed, minimumPassphraseScore, requireSupervisorSignature, supervisorReviews, coSignRequired).`,
    ]);
  });
});

describe('words a peer reads aloud', () => {
  it("reach the person in Spanish: every limit of confidentiality, the agency's key, and a new agreement's starting texts", () => {
    for (const limit of CONFIDENTIALITY_LIMITS) {
      expect(renderMessage(limit.name, 'es')).not.toBe(inEnglish(limit.name));
      expect(renderMessage(limit.label, 'es')).toMatch(/^Si /);
    }
    expect(renderMessage(AGENCY_RECOVERY_STATEMENT, 'es')).toContain('llave de recuperación');
    expect(renderMessage(DEFAULT_WHAT_PEER_IS, 'es').split('\n')).toHaveLength(3);
    expect(renderMessage(DEFAULT_BOUNDARIES, 'es')).toContain('apoyo entre pares');
    expect(renderMessage(DEFAULT_BOUNDARIES, 'en')).toBe(inEnglish(DEFAULT_BOUNDARIES));
  });
});

describe('messages with dates and times', () => {
  it('fill the Spanish template, translating dates and times among their parts', () => {
    const overlap = say('billing.overlaps', { date: { date: '2026-03-02' }, start: { time: '10:30' }, end: { time: '11:00' } });
    expect(renderMessage(overlap, 'en')).toBe(
      'This meeting overlaps another one you wrote for March 2, 2026, from 10:30 AM to 11:00 AM. Check the times on both notes.',
    );
    const spanish = renderMessage(overlap, 'es');
    expect(spanish).toMatch(/^Este encuentro se cruza con otro que escribiste para el 2 de marzo de 2026, de 10:30/);
    expect(spanish).not.toContain('March');
  });
});
