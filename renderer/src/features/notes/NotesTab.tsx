/**
 * A person's service notes, newest first: drafts flagged due or overdue under the agency's due
 * time, signed notes locked with their corrections, and the editor for a new note or a draft.
 */
import type { Message } from '@shared/messages';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerProfileFields } from '@shared/records/peer-profile';
import type { GoalToOffer, ServiceNoteFields } from '@shared/records/service-note';
import { useVault } from '../../app/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Notice, Working, useAction } from '../../ui/form';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import type { NoteEntry } from './note-handlers';

interface Editing {
  id: string | null;
  fields: ServiceNoteFields;
  goals: GoalToOffer[];
}

export function NotesTab({ personId }: { personId: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const message = useMessage();
  const [notes, setNotes] = useState<NoteEntry[] | null>(null);
  const [peer, setPeer] = useState<PeerProfileFields | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [loadError, setLoadError] = useState<readonly Message[] | null>(null);
  const { run, busy, error } = useAction();

  const reload = useCallback(() => {
    Promise.all([vault('notes.list', { personId }), vault('peer.get')]).then(
      ([list, profile]) => {
        setNotes(list);
        setPeer(profile);
      },
      (caught: unknown) => setLoadError(messagesOf(caught)),
    );
  }, [vault, personId]);
  useEffect(reload, [reload]);

  if (loadError) return <Notice tone="error">{message(loadError)}</Notice>;
  if (!notes || !peer) return <Working label={t('notes.opening')} />;

  const edit = (id: string | null, fields: () => Promise<ServiceNoteFields>) =>
    void run(async () => {
      const [start, goals] = await Promise.all([fields(), vault('notes.planGoals', { personId })]);
      setEditing({ id, fields: start, goals });
    });

  return (
    <div className="notes">
      {editing ? (
        <NoteEditor
          personId={personId}
          id={editing.id}
          initial={editing.fields}
          goals={editing.goals}
          onSaved={(id) => {
            setEditing({ ...editing, id });
            reload();
          }}
          onSigned={() => {
            setEditing(null);
            reload();
          }}
          onCancel={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => edit(null, () => vault('notes.start', { personId, fromLastTime: t('notes.fromLastTime') }))}
          >
            {t('notes.write')}
          </button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {notes.length === 0 && !editing && <p className="empty">{t('notes.empty')}</p>}
      <div role="list" aria-label={t('notes.list')} className="note-list">
        {notes
          .filter((note) => note.id !== editing?.id)
          .map((note) => (
            <div role="listitem" key={note.id}>
              <NoteCard note={note} peer={peer} onEdit={() => edit(note.id, async () => note.fields)} onChanged={reload} />
            </div>
          ))}
      </div>
    </div>
  );
}
