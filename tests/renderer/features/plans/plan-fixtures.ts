/** Realistic plans, in the person's own words in English or Spanish, for the person's-copy tests. */
import { RecoveryPlanFields } from '@shared/records/recovery-plan';
import { WellnessPlanFields } from '@shared/records/wellness-plan';
import type { Signature } from '@shared/records/signed-versions';

type Language = 'en' | 'es';

export const PEOPLE: Record<Language, string> = { en: 'Jordan Rivers', es: 'María Elena Torres' };

const signed = (signerName: string, signedAt: string, drawing?: string): Signature =>
  drawing ? { method: 'drawn', signerName, signedAt, drawing } : { method: 'typed', signerName, signedAt };

const RECOVERY_WORDS = {
  en: {
    lifeDomains: ['Housing', 'Work and learning', 'Being a good dad'],
    strengths: "I don't give up. I'm good with my hands and can fix almost anything.\nMy kids and my sister believe in me.",
    goals: [
      {
        inTheirWords: 'I want my own place, with a room where my kids can stay on weekends.',
        domain: 'Housing',
        steps: [
          ['Fill out the housing application at the county office', 'Sam, my peer support specialist', '2027-07-15', 'started'],
          ['Save $50 every payday for the deposit', 'Me', '2027-09-30', 'started'],
          ['Visit three apartments', 'My sister Tasha', '2027-10-31', 'not-started'],
        ],
      },
      {
        inTheirWords: 'Get back to work doing something with my hands. Maybe carpentry.',
        domain: 'Work and learning',
        steps: [
          ['Ask at the community college about the evening carpentry class', 'My vocational rehab counselor', '2027-08-01', 'done'],
          ['Go to the job fair at the library', '', '', 'paused'],
        ],
      },
      {
        inTheirWords: "Be there for my kids' games and school things.",
        domain: 'Being a good dad',
        steps: [['Put every game on the calendar on my phone', 'My daughter Maya', '', 'started']],
      },
    ],
    supports:
      'My sister Tasha: 919-555-0175\nSam (peer support), Tuesdays at the recovery center\nThe Thursday night group at First Street',
  },
  es: {
    lifeDomains: ['Health', 'Relationships', 'Volver a estudiar'],
    strengths: 'Soy muy trabajadora y cariñosa. Cuando me propongo algo, lo logro.\nMi fe y mis hijos me dan fuerza.',
    goals: [
      {
        inTheirWords: 'Quiero sentirme con energía para jugar con mis nietos y dormir bien por las noches.',
        domain: 'Health',
        steps: [
          ['Caminar 20 minutos después de la cena', 'Mi vecina Rosa me acompaña', '2027-07-31', 'started'],
          ['Pedir cita con la doctora de la clínica para hablar del sueño', 'Luis, mi especialista de apoyo', '2027-07-20', 'not-started'],
        ],
      },
      {
        inTheirWords: 'Sacar mi GED y después estudiar para ser asistente de maestra.',
        domain: 'Volver a estudiar',
        steps: [
          ['Inscribirme en las clases de GED en español de la biblioteca', 'Luis', '2027-08-15', 'done'],
          ['Estudiar una hora, tres días a la semana', 'Mi hija Daniela', '', 'started'],
        ],
      },
    ],
    supports:
      'Mi hija Daniela: 919-555-0133\nLuis (apoyo entre pares), los miércoles en el centro\nEl grupo de mujeres de la iglesia San José',
  },
} as const;

export function recoveryPlan(language: Language, drawing?: string): RecoveryPlanFields {
  const words = RECOVERY_WORDS[language];
  return RecoveryPlanFields.parse({
    seriesId: 'series-1',
    version: 2,
    lifeDomains: words.lifeDomains,
    strengths: words.strengths,
    goals: words.goals.map((goal, g) => ({
      id: `goal-${g}`,
      inTheirWords: goal.inTheirWords,
      domain: goal.domain,
      steps: goal.steps.map(([what, whoHelps, byWhen, status], s) => ({ id: `step-${g}-${s}`, what, whoHelps, byWhen, status })),
    })),
    supports: words.supports,
    reviewDate: '2027-09-15',
    signature: signed(PEOPLE[language], '2027-06-03T14:20:00-04:00', drawing),
    peerSignature: signed(language === 'en' ? 'Sam Okafor' : 'Luis Herrera', '2027-06-03T14:25:00-04:00'),
  });
}

const WELLNESS_WORDS = {
  en: {
    toolbox: 'Calling my sister\nWalking by the river\nMusic with headphones\nA hot shower and clean sheets',
    likeWhenWell: 'Funny, patient with my kids, up early, I keep my place clean and I show up when I say I will.',
    everyDay: 'Eat breakfast\nTake my meds at 8\nText Tasha\nWalk for 20 minutes',
    triggers: 'The anniversary of my brother’s death in March\nMoney running out before payday\nArguments about the kids',
    triggersPlan: "Call Sam or Tasha the same day. Go to the Thursday group. Don't make big decisions that week.",
    earlySigns: 'Sleeping less than 5 hours\nSkipping meals\nNot answering my phone',
    earlySignsPlan: 'Tell Sam at our next meeting, or sooner. Go back to my daily list. Walk every day.',
    breakingDownSigns: 'Staying in bed all day\nThinking nobody would miss me',
    breakingDownPlan: 'Call the 988 line or my sister right away. Let Tasha stay over.',
    crisisSigns: "I stop talking, I don't eat for two days, or I say I want to disappear.",
    crisisSupporters: 'Tasha Rivers (sister): 919-555-0175, can make decisions with me\nSam Okafor (peer support): 919-555-0142',
    crisisNotInvolved: 'My ex-partner',
    crisisMedications: 'Sertraline 100 mg in the morning. No allergies that I know of.',
    crisisPreferredCare: 'The crisis center on Main Street',
    crisisAvoidedCare: 'Any place that uses restraints if there is another way.',
    crisisWhatHelps: 'A calm voice. Someone sitting with me. Being told what is happening and why.',
    crisisWhatDoesNotHelp: 'Being rushed or lectured. Crowded rooms.',
    crisisPlanNoLongerNeeded: "When I've slept through the night for 3 nights and I'm eating again.",
    afterCrisis: 'Tasha checks on me every day for a week. Sam helps me get back to my routine and my plan.',
  },
  es: {
    toolbox: 'Rezar en la mañana\nCocinar para mi familia\nLlamar a mi hermana en Puebla\nEscuchar música de Juan Gabriel',
    likeWhenWell: 'Alegre, platicadora, me levanto temprano y tengo paciencia con mis nietos.',
    everyDay: 'Tomar mis pastillas con el desayuno\nCaminar un rato\nHablar con Daniela',
    triggers: 'Cuando no me alcanza el dinero\nLas noticias sobre inmigración\nQuedarme sola muchos días',
    triggersPlan: 'Llamar a Luis o a Daniela ese mismo día. Ir al grupo de la iglesia.',
    earlySigns: 'No tengo ganas de cocinar\nMe despierto a las 3 de la mañana',
    earlySignsPlan: 'Contarle a Luis. Volver a mi lista de cada día.',
    crisisSigns: 'Dejo de comer, no contesto el teléfono o digo que ya no puedo más.',
    crisisSupporters: 'Daniela Torres (mi hija): 919-555-0133\nLuis Herrera (apoyo entre pares): 919-555-0188',
    crisisWhatHelps: 'Que me hablen en español y con calma. Que Daniela esté conmigo.',
    crisisWhatDoesNotHelp: 'Que me hablen fuerte o me dejen sola.',
    afterCrisis: 'Que Daniela me visite cada día por una semana y que Luis me ayude a retomar mi plan.',
  },
} as const;

export function wellnessPlan(language: Language, drawing?: string): WellnessPlanFields {
  return WellnessPlanFields.parse({
    seriesId: 'series-2',
    version: 1,
    ...WELLNESS_WORDS[language],
    signature: signed(PEOPLE[language], '2027-06-10T10:00:00-04:00', drawing),
  });
}
