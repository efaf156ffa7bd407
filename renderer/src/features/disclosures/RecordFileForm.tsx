/**
 * Sending a person's record to someone else as a FHIR file: who it is for and why, checked against
 * the person's releases in the vault (refused with the reason when none allows it), saved where the
 * peer chooses, then recorded in the sharing log.
 */
import { MessageError } from '@shared/messages';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost, useInstallationPolicy, useVault } from '../../ui/contexts';
import { CheckBox, Notice, TextField, Working, useAction, WordedError } from '../../ui/form';
import { localToday } from '../../vault/clock';

/** A recipient's name as part of a file name: what every system accepts. */
const plainName = (name: string) => name.replace(/[/\\:*?"<>|\p{Cc}]/gu, ' ').trim() || 'recipient';

export function RecordFileForm({ personId, personName, onShared }: { personId: string; personName: string; onShared(): void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const exportAllowed = useInstallationPolicy().settings.plaintextExportAllowed.value;
  const [request, setRequest] = useState({ sharedWith: '', purpose: '', sharedWithinDesignation: '', informationCovered: false });
  const [savedName, setSavedName] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  if (!exportAllowed) return null;
  const set =
    <K extends keyof typeof request>(key: K) =>
    (value: (typeof request)[K]) => {
      setSavedName(null);
      setRequest({ ...request, [key]: value });
    };

  const make = () =>
    void run(async () => {
      const made = await vault('recordFile.forRecipient', { personId, request });
      if (!made.ok) throw new MessageError(made.reason);
      const outcome = await host
        .saveExportFile({
          format: 'json',
          text: made.json,
          suggestedName: plainName(
            t('sharing.recordFile.fileName', { person: personName, recipient: request.sharedWith, date: localToday() }),
          ),
        })
        .catch(() => {
          throw new WordedError(t('sharing.recordFile.failed'));
        });
      if (!outcome.ok) throw new WordedError(t(`sharing.recordFile.problems.${outcome.problem}`));
      if (!outcome.saved) return;
      await vault('disclosures.record', { personId, entry: made.entry });
      setSavedName(outcome.name);
      onShared();
    });

  return (
    <section className="record-file" aria-labelledby="record-file-heading">
      <h3 id="record-file-heading">{t('sharing.recordFile.title')}</h3>
      <p className="hint">{t('sharing.recordFile.intro')}</p>
      <div className="grid-2">
        <TextField label={t('sharing.recordFile.forWhom')} value={request.sharedWith} onChange={set('sharedWith')} />
        <TextField label={t('sharing.recordFile.why')} value={request.purpose} onChange={set('purpose')} />
      </div>
      <TextField
        label={t('sharing.recordFile.designation')}
        value={request.sharedWithinDesignation}
        onChange={set('sharedWithinDesignation')}
      />
      <CheckBox label={t('sharing.recordFile.covered')} checked={request.informationCovered} onChange={set('informationCovered')} />
      {busy && <Working label={t('sharing.recordFile.working')} />}
      {error && <Notice tone="error">{error}</Notice>}
      {savedName && <Notice tone="success">{t('sharing.recordFile.saved', { name: savedName })}</Notice>}
      <button type="button" onClick={make} disabled={busy}>
        {t('sharing.recordFile.make')}
      </button>
    </section>
  );
}
