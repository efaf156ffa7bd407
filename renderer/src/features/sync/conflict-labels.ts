/** What a conflict is called on screen: the field as the form names it, the record by its kind. */
import type { TFunction } from 'i18next';
import type { PersonFields } from '@shared/records/person';
import { en } from '../../i18n/locales/en';

/** A profile field's name as the peer reads it on the About tab (or in the form, for the rest). */
function personFieldLabel(t: TFunction, field: string): string | null {
  const labels: Record<keyof PersonFields, string> = {
    preferredName: t('personForm.preferredName'),
    legalName: t('person.legalName'),
    pronouns: t('personForm.pronouns'),
    dateOfBirth: t('person.dateOfBirth'),
    recordNumber: t('person.recordNumber'),
    phone: t('person.phone'),
    email: t('person.email'),
    okToCall: t('personForm.okToCall'),
    okToText: t('personForm.okToText'),
    okToLeaveVoicemail: t('personForm.okToLeaveVoicemail'),
    importantToMe: t('person.importantToMe'),
    howToSupportMe: t('person.howToSupportMe'),
    strengths: t('person.strengths'),
    supporters: t('person.supporters'),
    handedOverOn: t('team.handedOverOn'),
  };
  return Object.hasOwn(labels, field) ? labels[field as keyof PersonFields] : null;
}

/** "howToSupportMe" → "How to support me": the best a field of another kind can be named. */
const fromFieldName = (field: string): string => {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function fieldLabel(t: TFunction, kind: string, field: string): string {
  return (kind === 'person' && personFieldLabel(t, field)) || fromFieldName(field);
}

type NamedKind = keyof typeof en.history.kinds;
const isNamedKind = (kind: string): kind is NamedKind => Object.hasOwn(en.history.kinds, kind);

/** The record's kind in words, as the History tab names it, or "A record" for a kind it does not name. */
export function kindLabel(t: TFunction, kind: string): string {
  if (!isNamedKind(kind)) return t('sync.conflicts.record');
  const words = t(`history.kinds.${kind}`);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
