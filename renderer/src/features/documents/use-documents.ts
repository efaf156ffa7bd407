/** Loads every version of one kind of document for a person, and reloads after a change. */
import type { Message } from '@shared/messages';
import { useCallback, useEffect, useState } from 'react';
import type { SignedVersionFields } from '@shared/records/signed-versions';
import { useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import type { DocumentKind, DocumentVersion } from './worker/document-handlers';

export function useDocuments<F extends SignedVersionFields>(personId: string, kind: DocumentKind) {
  const vault = useVault();
  const [versions, setVersions] = useState<DocumentVersion<F>[] | null>(null);
  const message = useMessage();
  const [error, setError] = useState<readonly Message[] | null>(null);
  const reload = useCallback(() => {
    vault('documents.list', { personId, kind }).then(
      (list) => setVersions(list as unknown as DocumentVersion<F>[]),
      (caught: unknown) => setError(messagesOf(caught)),
    );
  }, [vault, personId, kind]);
  useEffect(reload, [reload]);
  return { versions, error: error && message(error), reload };
}

/** Versions grouped into documents (one series each), the most recently started first. */
export function seriesOf<F extends SignedVersionFields>(versions: DocumentVersion<F>[]): DocumentVersion<F>[][] {
  const groups = new Map<string, DocumentVersion<F>[]>();
  for (const version of versions) groups.set(version.fields.seriesId, [...(groups.get(version.fields.seriesId) ?? []), version]);
  return [...groups.values()].sort((a, b) => (a[0]!.rev < b[0]!.rev ? 1 : -1));
}
