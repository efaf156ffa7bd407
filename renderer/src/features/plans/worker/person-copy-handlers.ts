/**
 * The vault's side of the person's own copy: saving it takes the plan out of the notebook, so it
 * goes into the person's history as an export (the copy itself is made and saved in the window).
 */
import { say } from '@shared/messages';
import { LANGUAGES, type Language } from '@shared/languages';
import type { Vault } from '../../../vault/vault';
import { barcScore } from '@shared/records/barc10';
import { accountingOfDisclosures } from '@shared/records/disclosure-log';
import { compareText } from '@shared/records/text';
import type { PlanForCopy, RecordForCopy, SupportForCopy } from '@shared/records/person-copy';
import { latestSignedVersions, latestVersions } from '@shared/records/signed-versions';
import { personRecordOf } from '../../disclosures/worker/record-file-handlers';

const PLAN_NAMES = {
  'recovery-plan': 'history.document.recoveryPlan',
  'wellness-plan': 'history.document.wellnessPlan',
  record: 'history.document.wholeRecord',
} as const satisfies Record<PlanForCopy['kind'], string>;

export interface SavedCopy {
  personId: string;
  kind: keyof typeof PLAN_NAMES;
  format: 'pdf' | 'html';
  language: Language;
}

export function personCopyHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    /** Their whole record for their own copy (their right of access: no release is needed). */
    'personCopy.record': async ({ personId }: { personId: string }): Promise<RecordForCopy> => {
      const [record, disclosures] = await Promise.all([personRecordOf(records, personId), records.children(personId, 'disclosure')]);
      const { preferredName, pronouns, importantToMe, howToSupportMe, strengths, supporters } = record.person;
      return {
        about: { preferredName, pronouns, importantToMe, howToSupportMe, strengths, supporters },
        recoveryPlan: record.recoveryPlan?.fields ?? null,
        // Only what was signed: a draft is not yet what happened.
        meetings: record.notes
          .filter((note) => note.fields.signature)
          .map((note) => note.fields)
          .sort((a, b) => compareText(a.date, b.date) || compareText(a.startTime, b.startTime)),
        assessments: record.assessments
          .map(({ fields }) => ({ takenOn: fields.takenOn, ...barcScore(fields.answers) }))
          .sort((a, b) => compareText(a.takenOn, b.takenOn))
          .map(({ takenOn, total, answered }) => ({ takenOn, total, answered })),
        sharing: accountingOfDisclosures(disclosures).map(({ fields }) => fields),
      };
    },
    /** Their peer and how to reach them, as their agreement says (the signed one, else the latest draft); the agency is the window's to add. */
    'personCopy.support': async ({ personId }: { personId: string }): Promise<Omit<SupportForCopy, 'agencyName' | 'agencyContact'>> => {
      const [peer, agreements] = await Promise.all([records.list('peer-profile'), records.children(personId, 'agreement')]);
      const agreement = latestSignedVersions(agreements)[0] ?? latestVersions(agreements)[0];
      return {
        peerName: peer[0]?.fields.name ?? '',
        howToReachPeer: agreement?.fields.howToReachPeer ?? '',
        whenNotToReach: agreement?.fields.whenNotToReach ?? '',
      };
    },
    'personCopy.saved': async ({ personId, kind, format, language }: SavedCopy): Promise<void> => {
      await records.require('person', personId, 'notFound.person');
      const note = say('history.personCopy', {
        plan: say(PLAN_NAMES[kind]),
        format: say(format === 'pdf' ? 'history.format.pdf' : 'history.format.web'),
        language: LANGUAGES[language].name,
      });
      await records.note({ id: personId, kind: 'person', parentId: null }, 'export', { personId, note });
    },
  };
}
