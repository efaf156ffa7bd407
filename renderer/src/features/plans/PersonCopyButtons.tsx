/**
 * Gives the person their own copy of a plan: printed to PDF or saved as a web page, in the
 * language they read best (which need not be the app's). Saving it is an export, so it goes into
 * their history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost, useInstallationPolicy, useVault } from '../../ui/contexts';
import { isLanguage, LANGUAGES, type Language } from '@shared/languages';
import { Notice, SelectField, Working, useAction, WordedError } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { personCopyFileName, personCopyHtml } from './person-copy';
import type { PlanForCopy } from '@shared/records/person-copy';

const LANGUAGE_OPTIONS = Object.entries(LANGUAGES).map(([value, { name }]) => ({ value: value as Language, label: name }));

export function PersonCopyButtons({ plan, personName, personId }: { plan: PlanForCopy; personName: string; personId: string }) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const vault = useVault();
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [savedName, setSavedName] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  // A copy on paper or as a web page is unencrypted: the agency's policy may turn that off.
  const installation = useInstallationPolicy();
  const exportAllowed = installation.settings.plaintextExportAllowed.value;
  if (!exportAllowed) return <p className="hint person-copy-off">{t('about.effects.exportTurnedOff')}</p>;

  const save = (format: 'pdf' | 'html') => {
    setSavedName(null);
    void run(async () => {
      const madeOn = localToday();
      const peer = await vault('personCopy.support', { personId });
      const agency = installation.agency;
      const support = { ...peer, agencyName: agency?.name ?? null, agencyContact: agency?.contact ?? null };
      const copy = { ...plan, personName, language, madeOn, support };
      const outcome = await host
        .savePersonCopy({ format, html: personCopyHtml(copy), suggestedName: personCopyFileName(copy) })
        .catch(() => {
          throw new WordedError(t('personCopy.save.failed'));
        });
      if (!outcome.ok) throw new WordedError(t(`personCopy.save.problems.${outcome.problem}`));
      if (!outcome.saved) return;
      await vault('personCopy.saved', { personId, kind: plan.kind, format, language });
      setSavedName(outcome.name);
    });
  };

  return (
    <div className="person-copy">
      <SelectField<Language> label={t('personCopy.save.language')} value={language} options={LANGUAGE_OPTIONS} onChange={setLanguage} />
      <div className="row">
        <button type="button" onClick={() => save('pdf')} disabled={busy}>
          {t('personCopy.save.print')}
        </button>
        <button type="button" onClick={() => save('html')} disabled={busy}>
          {t('personCopy.save.webPage')}
        </button>
      </div>
      {busy && <Working label={t('personCopy.save.working')} />}
      {error && <Notice tone="error">{error}</Notice>}
      {savedName && <Notice tone="success">{t('personCopy.save.saved', { name: savedName })}</Notice>}
    </div>
  );
}
