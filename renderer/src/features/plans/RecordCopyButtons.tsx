/**
 * The person's own copy of their whole record, in plain language and the language they read
 * best: theirs by right, so no release is asked for. Read afresh each time the page opens.
 */
import type { Message } from '@shared/messages';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Notice } from '../../ui/form';
import { PersonCopyButtons } from './PersonCopyButtons';
import type { RecordForCopy } from '@shared/records/person-copy';

export function RecordCopyButtons({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const vault = useVault();
  const message = useMessage();
  const [record, setRecord] = useState<RecordForCopy | null>(null);
  const [error, setError] = useState<readonly Message[] | null>(null);
  useEffect(() => {
    vault('personCopy.record', { personId }).then(setRecord, (caught: unknown) => setError(messagesOf(caught)));
  }, [vault, personId]);
  if (error) return <Notice tone="error">{message(error)}</Notice>;
  if (!record) return null;
  return (
    <section className="record-copy" aria-labelledby="record-copy-heading">
      <h3 id="record-copy-heading">{t('personCopy.record.buttons')}</h3>
      <PersonCopyButtons plan={{ kind: 'record', fields: record }} personName={personName} personId={personId} />
    </section>
  );
}
