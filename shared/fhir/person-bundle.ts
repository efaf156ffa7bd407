/**
 * A person's record as one FHIR R4 Bundle for an agency's systems (DOMAIN.md, "Interchange"):
 * the person (Patient) and their supporters (RelatedPerson), the peer (Practitioner), each signed
 * service note (Encounter + Procedure), the recovery plan's goals in the person's own words
 * (Goal, expressed by the person) and the plan itself (CarePlan), each BARC-10 (the app's own
 * Questionnaire, a QuestionnaireResponse, and an Observation for the total), referrals
 * (ServiceRequest), releases of information (Consent), and where it all came from (Provenance).
 * Every resource, and the bundle, carries the Part 2 security labels.
 *
 * Pure: the caller hands in the records, the moment of export, a maker of fresh UUIDs, and the
 * local time-zone offset of a meeting's date and time (FHIR needs one on every time of day).
 */
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Consent,
  DocumentReference,
  Encounter,
  FhirResource,
  Goal,
  Observation,
  Patient,
  Practitioner,
  Procedure,
  Provenance,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
  RelatedPerson,
  ServiceRequest,
} from 'fhir/r4';
import { BARC10_ITEMS, BARC10_SCALE, barcScore, type BarcFields } from '../records/barc10';
import type { PeerProfileFields } from '../records/peer-profile';
import type { PersonFields } from '../records/person';
import type { ProgressStatus, RecoveryPlanFields } from '../records/recovery-plan';
import { releasePurpose, releaseStatus, type ReleaseFields } from '../records/release';
import type { ReferralStatus } from '../records/resource';
import type { ContactType, ServiceNoteFields } from '../records/service-note';
import { PART2_SECURITY_LABELS } from './part2-labels';
import { splitServiceCode } from '../billing/payer-profile';

/** Where the app publishes what it defines (BARC-10 has no LOINC code, so the app names it). */
export const APP_FHIR_BASE = 'http://peernotebook.org/fhir';
export const BARC10_QUESTIONNAIRE_URL = `${APP_FHIR_BASE}/Questionnaire/barc-10`;
const APP_CODES = `${APP_FHIR_BASE}/CodeSystem/peer-notebook`;
const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export interface PersonRecord {
  person: PersonFields;
  peer: PeerProfileFields;
  notes: readonly { id: string; fields: ServiceNoteFields }[];
  /** The recovery plan as it stands (its latest version), if there is one. */
  recoveryPlan: { id: string; fields: RecoveryPlanFields } | null;
  assessments: readonly { id: string; fields: BarcFields }[];
  referrals: readonly { id: string; resourceName: string; reason: string; madeOn: string; status: ReferralStatus; outcome: string }[];
  releases: readonly { id: string; fields: ReleaseFields }[];
}

export interface BundleContext {
  /** The moment of export, ISO with offset. */
  exportedAt: string;
  /** Today's local date, for each release's status. */
  today: string;
  newUuid(): string;
  /** The local offset ("-05:00") on a day at a time of day ("HH:MM"). */
  offsetAt(date: string, time: string): string;
  /**
   * When the bundle goes to someone else under a release: the §2.32 notice and the release's
   * scope, carried in the file as a DocumentReference for the recipient to read first.
   */
  disclosure?: { notice: string; consentScope: string };
}

const meta = { security: [...PART2_SECURITY_LABELS] };
const text = (words: string): CodeableConcept => ({ text: words });
const hcpcs = (serviceCode: string): CodeableConcept => {
  const { code, modifiers } = splitServiceCode(serviceCode);
  return { coding: [{ system: HCPCS, code }], text: [code, ...modifiers].join('-') };
};

/** Encounter classes (v3 ActCode): a meeting at home, by phone or video, or anywhere else in person. */
const encounterClass = (contactType: ContactType, setting: ServiceNoteFields['setting']) =>
  contactType === 'phone' || contactType === 'video'
    ? { system: ACT_CODE, code: 'VR', display: 'virtual' }
    : setting === 'home'
      ? { system: ACT_CODE, code: 'HH', display: 'home health' }
      : setting === 'emergency-department'
        ? { system: ACT_CODE, code: 'EMER', display: 'emergency' }
        : { system: ACT_CODE, code: 'AMB', display: 'ambulatory' };

const STEP_STATUS: Record<ProgressStatus, NonNullable<CarePlanActivity['detail']>['status']> = {
  'not-started': 'not-started',
  started: 'in-progress',
  paused: 'on-hold',
  done: 'completed',
  'changed-my-mind': 'cancelled',
};

const REFERRAL_STATUS: Record<ReferralStatus, ServiceRequest['status']> = {
  suggested: 'active',
  contacted: 'active',
  connected: 'completed',
  'not-pursued': 'revoked',
};

export function personBundle(record: PersonRecord, context: BundleContext): Bundle {
  const entries: BundleEntry[] = [];
  const add = <R extends FhirResource>(resource: Omit<R, 'id' | 'meta'>): Reference => {
    const id = context.newUuid();
    const fullUrl = `urn:uuid:${id}`;
    entries.push({ fullUrl, resource: { ...resource, id, meta } as R });
    return { reference: fullUrl };
  };
  const at = (date: string, time: string) => `${date}T${time}:00${context.offsetAt(date, time)}`;
  const { person, peer } = record;

  const patient = add<Patient>({
    resourceType: 'Patient',
    ...(person.recordNumber && {
      identifier: [
        { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: person.recordNumber },
      ],
    }),
    name: [
      { use: 'usual', text: person.preferredName },
      ...(person.legalName ? [{ use: 'official' as const, text: person.legalName }] : []),
    ],
    ...(person.dateOfBirth && { birthDate: person.dateOfBirth }),
    ...((person.phone || person.email) && {
      telecom: [
        ...(person.phone ? [{ system: 'phone' as const, value: person.phone }] : []),
        ...(person.email ? [{ system: 'email' as const, value: person.email }] : []),
      ],
    }),
  });
  if (context.disclosure) {
    add<DocumentReference>({
      resourceType: 'DocumentReference',
      status: 'current',
      type: text('Notice to the recipient (42 CFR 2.32)'),
      subject: patient,
      date: context.exportedAt,
      description: `${context.disclosure.notice}\n\n${context.disclosure.consentScope}`,
      securityLabel: [...PART2_SECURITY_LABELS].map((label) => ({ coding: [label] })),
      content: [{ attachment: { contentType: 'text/plain', title: 'Notice to the recipient (42 CFR 2.32) and what the consent allows' } }],
    });
  }
  for (const supporter of person.supporters) {
    add<RelatedPerson>({
      resourceType: 'RelatedPerson',
      patient,
      name: [{ text: supporter.name }],
      ...(supporter.relationship && { relationship: [text(supporter.relationship)] }),
      ...(supporter.phone && { telecom: [{ system: 'phone', value: supporter.phone }] }),
    });
  }
  const practitioner = add<Practitioner>({
    resourceType: 'Practitioner',
    name: [{ text: peer.name || 'Peer support specialist' }],
    ...(peer.credential && { qualification: [{ code: text(peer.credential) }] }),
  });

  const goalRefs = new Map<string, Reference>();
  let carePlan: Reference | undefined;
  const plan = record.recoveryPlan?.fields;
  if (plan) {
    for (const goal of plan.goals) {
      const finished = goal.steps.length > 0 && goal.steps.every((step) => step.status === 'done');
      goalRefs.set(
        goal.id,
        add<Goal>({
          resourceType: 'Goal',
          lifecycleStatus: finished ? 'completed' : 'active',
          ...(goal.domain && { category: [text(goal.domain)] }),
          description: text(goal.inTheirWords),
          subject: patient,
          expressedBy: patient,
        }),
      );
    }
    carePlan = add<CarePlan>({
      resourceType: 'CarePlan',
      status: plan.signature ? 'active' : 'draft',
      intent: 'plan',
      title: 'Recovery plan',
      subject: patient,
      author: patient,
      contributor: [patient, practitioner],
      ...(plan.signature && { created: plan.signature.signedAt }),
      ...(goalRefs.size > 0 && { goal: [...goalRefs.values()] }),
      ...(plan.strengths && { description: plan.strengths }),
      activity: plan.goals.flatMap((goal) =>
        goal.steps.map((step) => ({
          detail: {
            status: STEP_STATUS[step.status],
            description: step.what,
            goal: [goalRefs.get(goal.id)!],
            ...(step.byWhen && { scheduledString: `By ${step.byWhen}` }),
          },
        })),
      ),
    });
  }

  for (const note of record.notes) {
    const { fields } = note;
    if (!fields.signature) continue;
    const period = { start: at(fields.date, fields.startTime), end: at(fields.date, fields.endTime) };
    const encounter = add<Encounter>({
      resourceType: 'Encounter',
      status: 'finished',
      class: encounterClass(fields.contactType, fields.setting),
      type: [hcpcs(fields.serviceCode)],
      subject: patient,
      participant: [{ individual: practitioner }],
      period,
      length: {
        value: (Date.parse(period.end) - Date.parse(period.start)) / 60_000,
        unit: 'min',
        system: 'http://unitsofmeasure.org',
        code: 'min',
      },
      ...(fields.setting && { location: [{ location: { display: fields.setting } }] }),
    });
    add<Procedure>({
      resourceType: 'Procedure',
      status: 'completed',
      code: hcpcs(fields.serviceCode),
      subject: patient,
      encounter,
      performedPeriod: period,
      performer: [{ actor: practitioner }],
      ...(carePlan && { basedOn: [carePlan] }),
      ...(fields.theirResponse && { outcome: text(fields.theirResponse) }),
      note: [
        { text: fields.whatWeDid },
        ...fields.goalsAddressed.map((goal) => ({ text: `Goal worked on, in their words: ${goal.inTheirWords}` })),
        ...(fields.nextSteps ? [{ text: `Next steps: ${fields.nextSteps}` }] : []),
      ],
    });
  }

  if (record.assessments.length > 0) {
    add<Questionnaire>({
      resourceType: 'Questionnaire',
      url: BARC10_QUESTIONNAIRE_URL,
      version: '1',
      name: 'BARC10',
      title: 'Brief Assessment of Recovery Capital (BARC-10)',
      status: 'active',
      item: BARC10_ITEMS.map((item) => ({
        linkId: String(item.id),
        text: item.statement,
        type: 'choice',
        answerOption: BARC10_SCALE.map((value) => ({ valueInteger: value })),
      })),
    });
  }
  for (const { fields } of record.assessments) {
    const response = add<QuestionnaireResponse>({
      resourceType: 'QuestionnaireResponse',
      questionnaire: BARC10_QUESTIONNAIRE_URL,
      // A skipped statement is left out, never filled in.
      status: 'completed',
      subject: patient,
      authored: fields.takenOn,
      item: BARC10_ITEMS.flatMap((item) => {
        const answer = fields.answers[item.id];
        return typeof answer === 'number' ? [{ linkId: String(item.id), text: item.statement, answer: [{ valueInteger: answer }] }] : [];
      }),
    });
    const { total } = barcScore(fields.answers);
    if (total === null) continue;
    add<Observation>({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: APP_CODES, code: 'barc-10-total', display: 'BARC-10 total score' }], text: 'BARC-10 total score' },
      subject: patient,
      effectiveDateTime: fields.takenOn,
      valueInteger: total,
      derivedFrom: [response],
    });
  }

  for (const referral of record.referrals) {
    add<ServiceRequest>({
      resourceType: 'ServiceRequest',
      status: REFERRAL_STATUS[referral.status],
      intent: 'proposal',
      code: text(referral.resourceName),
      subject: patient,
      requester: practitioner,
      authoredOn: referral.madeOn,
      ...(referral.reason && { reasonCode: [text(referral.reason)] }),
      ...(referral.outcome && { note: [{ text: referral.outcome }] }),
    });
  }

  for (const { fields } of record.releases) {
    const status = releaseStatus(fields, context.today);
    const purpose = releasePurpose(fields);
    add<Consent>({
      resourceType: 'Consent',
      status: status === 'active' ? 'active' : status === 'draft' ? 'proposed' : 'inactive',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
      patient,
      ...(fields.signature && { dateTime: fields.signature.signedAt }),
      policy: [{ authority: 'https://www.ecfr.gov', uri: 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2' }],
      provision: {
        type: 'permit',
        ...(fields.expiration?.kind === 'date' && { period: { end: fields.expiration.date } }),
        actor: fields.recipients.map((recipient) => ({
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }] },
          reference: { display: recipient.name },
        })),
        ...(purpose && {
          purpose: [
            fields.purposeIsPatientRequest && !fields.purpose
              ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'PATRQT', display: 'patient requested' }
              : { display: purpose },
          ],
        }),
        ...(fields.informationToDisclose && { code: [text(fields.informationToDisclose)] }),
      },
    });
  }

  add<Provenance>({
    resourceType: 'Provenance',
    target: entries.map((entry) => ({ reference: entry.fullUrl })),
    recorded: context.exportedAt,
    agent: [{ who: practitioner }],
  });

  return { resourceType: 'Bundle', type: 'collection', timestamp: context.exportedAt, meta, entry: entries };
}
