/**
 * Where the sharing form starts: with the person's only active release chosen and its recipient
 * and purpose filled in (a peer types them once, on the release), or empty when there is a choice
 * to make. Choosing a release fills what the peer has not typed yet.
 */
import type { DisclosureMethod } from '@shared/records/disclosure-log';
import { releaseStatus, type ReleaseFields } from '@shared/records/release';
import type { DocumentVersion } from '../documents/worker/document-handlers';

export interface SharingForm {
  releaseId: string;
  sharedWith: string;
  sharedWithinDesignation: string;
  purpose: string;
  whatWasShared: string;
  sharedOn: string;
  method: DisclosureMethod;
}

/** What a release says about who and why: the one named recipient (a general group is not a name), and its purpose. */
function wordsOf(release: DocumentVersion<ReleaseFields>): Pick<SharingForm, 'sharedWith' | 'purpose'> {
  const named = release.fields.recipients.filter((recipient) => !recipient.isGeneralDesignation);
  return { sharedWith: named.length === 1 ? named[0]!.name : '', purpose: release.fields.purpose };
}

export function startingForm(releases: DocumentVersion<ReleaseFields>[], today: string): SharingForm {
  const blank: SharingForm = {
    releaseId: '',
    sharedWith: '',
    sharedWithinDesignation: '',
    purpose: '',
    whatWasShared: '',
    sharedOn: today,
    method: 'phone',
  };
  const active = releases.filter((release) => releaseStatus(release.fields, today) === 'active');
  return active.length === 1 ? withRelease(blank, active[0]!) : blank;
}

export function withRelease(form: SharingForm, release: DocumentVersion<ReleaseFields> | undefined): SharingForm {
  if (!release) return { ...form, releaseId: '' };
  const words = wordsOf(release);
  return {
    ...form,
    releaseId: release.id,
    sharedWithinDesignation: '',
    sharedWith: form.sharedWith || words.sharedWith,
    purpose: form.purpose || words.purpose,
  };
}
