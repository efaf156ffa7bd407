/**
 * A person's service notes, newest first: drafts flagged due or overdue under the agency's due
 * time, signed notes locked with their corrections, and the editor for a new note or a draft.
 */
import { RecordReview } from '../team/RecordReview';
import { useCoSignStates } from '../team/use-co-sign-states';
import type { Message } from '@shared/messages';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerProfileFields } from '@shared/records/peer-profile';
import type { GoalToOffer, ServiceNoteFields } from '@shared/records/service-note';
import { useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Notice, Working, useAction } from '../../ui/form';
import { NoteCard } from './NoteCard';
import { NoteEditor, noteDraftKey, type NoteDraft } from './NoteEditor';
import { BillingExport } from '../billing/BillingExport';
import type { NoteEntry } from './worker/note-handlers';
import { useKeptDraft } from '../../ui/use-draft';

interface Editing {
  id: string | null;
  fields: ServiceNoteFields;
  goals: GoalToOffer[];
  keptAt?: string;
  /** The reminder of what the last note said comes next. */
  lastNextSteps: string;
}

/**
 * `openNoteId`: a note to open first (the billing check leads here): a draft in the editor, a
 * signed one shown and focused. `newNote`: open the editor on a new note (Today leads here).
 */
export function NotesTab({ personId, openNoteId, newNote = false }: { personId: string; openNoteId?: string; newNote?: boolean }) {
  const vault = useVault();
  const { t } = useTranslation();
  const message = useMessage();
  const [notes, setNotes] = useState<NoteEntry[] | null>(null);
  const [peer, setPeer] = useState<PeerProfileFields | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [loadError, setLoadError] = useState<readonly Message[] | null>(null);
  const { run, busy, error } = useAction();
  const [billing, setBilling] = useState(false);
  const opened = useRef(false);
  const focusedCard = useRef<HTMLDivElement | null>(null);
  const kept = useKeptDraft<NoteDraft>(noteDraftKey(personId));
  const coSign = useCoSignStates(personId, notes);

  const edit = (id: string | null, start: () => Promise<ServiceNoteFields>, keptAt?: string) =>
    void run(async () => {
      const [fields, lastNextSteps, goals] = await Promise.all([
        start(),
        vault('notes.lastNextSteps', { personId, noteId: id }),
        vault('notes.planGoals', { personId }),
      ]);
      setEditing({ id, fields, goals, lastNextSteps, ...(keptAt ? { keptAt } : {}) });
    });
  const startNew = () => edit(null, () => vault('notes.start', { personId }));
  // A note being written when the notebook locked opens again as it was left; else a new one when asked for.
  useEffect(() => {
    if (kept) edit(kept.values.id, async () => kept.values.fields, kept.keptAt);
    else if (newNote) startNew();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the tab opens
  }, []);

  useEffect(() => {
    if (!notes || opened.current || !openNoteId) return;
    opened.current = true;
    const note = notes.find((each) => each.id === openNoteId);
    if (note && !note.fields.signature) edit(note.id, async () => note.fields);
    else focusedCard.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the notes first arrive
  }, [notes, openNoteId]);

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

  return (
    <div className="notes">
      {editing ? (
        <NoteEditor
          personId={personId}
          id={editing.id}
          initial={editing.fields}
          goals={editing.goals}
          peer={peer}
          {...(editing.keptAt ? { keptAt: editing.keptAt } : {})}
          lastNextSteps={editing.lastNextSteps}
          onSaved={(id) => {
            // Saved: the line about the kept draft has done its work.
            const { keptAt: _said, ...rest } = editing;
            setEditing({ ...rest, id });
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
          <button type="button" className="primary" disabled={busy} onClick={startNew}>
            {t('notes.write')}
          </button>
          <button type="button" aria-expanded={billing} onClick={() => setBilling(!billing)}>
            {billing ? t('billing.hide') : t('billing.show')}
          </button>
        </div>
      )}
      {billing && !editing && <BillingExport personId={personId} />}
      {error && <Notice tone="error">{error}</Notice>}
      {notes.length === 0 && !editing && <p className="empty">{t('notes.empty')}</p>}
      <div role="list" aria-label={t('notes.list')} className="note-list">
        {notes
          .filter((note) => note.id !== editing?.id)
          .map((note) => (
            <div
              role="listitem"
              key={note.id}
              tabIndex={note.id === openNoteId ? -1 : undefined}
              ref={note.id === openNoteId ? focusedCard : undefined}
              className={note.id === openNoteId ? 'note-opened' : undefined}
            >
              <NoteCard
                personId={personId}
                note={note}
                peer={peer}
                onEdit={() => edit(note.id, async () => note.fields)}
                onChanged={reload}
              />
              <RecordReview recordId={note.id} kind="service-note" state={coSign.states[note.id]} onSent={coSign.reload} />
            </div>
          ))}
      </div>
    </div>
  );
}
