/**
 * The hooks a form uses to keep a draft of itself (ui/form-drafts.ts says when and why), and the
 * line a reopened form shows. A form passes its key (its name and ids, never content), the place
 * it lives at, its values and whether it has unsaved changes; that is all it does.
 */
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../i18n/use-dates';
import { Notice } from './form';
import type { FormDraft, FormDrafts, KeptDraft } from './form-drafts';
import type { Place } from '@shared/places';
import { useUnsavedWork } from './use-unsaved-work';

export const FormDraftsContext = createContext<FormDrafts | null>(null);

/** Keeps this form's draft while it has changes (`key` null: nothing to keep yet, e.g. still loading). */
export function useDraft({ key, place, values, changed }: { key: string | null; place: Place; values: unknown; changed: boolean }): void {
  const drafts = useContext(FormDraftsContext);
  useUnsavedWork(changed);
  const form = useRef<FormDraft | null>(null);
  const [where] = useState(place);
  useEffect(() => {
    if (!drafts || !key) return;
    const opened = drafts.open(key, where);
    form.current = opened;
    return () => {
      opened.close();
      form.current = null;
    };
  }, [drafts, key, where]);
  useEffect(() => form.current?.update(changed ? values : null), [values, changed, key]);
}

/** The draft this form reopens from after unlocking, if any: its values and when it was kept. */
export function useKeptDraft<V>(key: string): KeptDraft<V> | null {
  const drafts = useContext(FormDraftsContext);
  const [kept] = useState(() => drafts?.kept<V>(key) ?? null);
  return kept;
}

/** The line a reopened form shows, so the peer knows why their words are already there. */
export function KeptDraftLine({ keptAt }: { keptAt: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  return <Notice tone="success">{t('drafts.kept', { when: dates.dateTime(keptAt, 'medium') })}</Notice>;
}
