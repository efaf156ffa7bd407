/**
 * One note as it stands: a draft flagged due or overdue with "Keep writing", or the signed note,
 * locked, with who signed it, when and for how many units, and its corrections beneath it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerProfileFields } from '@shared/records/peer-profile';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { useDates } from '../../i18n/use-dates';
import { Form, Notice, TextArea, TextField, useAction } from '../../ui/form';
import { NoteFields } from './NoteFields';
import type { NoteEntry } from './worker/note-handlers';

interface AddendumDraft {
  text: string;
  author: string;
  credential: string;
}

/** One correction at a time per note. */
const addendumDraftKey = (noteId: string) => `addendum/${noteId}`;

function AddendumForm({
  personId,
  noteId,
  peer,
  onAdded,
  onCancel,
}: {
  personId: string;
  noteId: string;
  peer: PeerProfileFields;
  onAdded(): void;
  onCancel(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const kept = useKeptDraft<AddendumDraft>(addendumDraftKey(noteId));
  const [draft, setDraft] = useState<AddendumDraft>(kept?.values ?? { text: '', author: peer.name, credential: peer.credential });
  const { text, author, credential } = draft;
  useDraft({ key: addendumDraftKey(noteId), place: { screen: 'people', personId, tab: 'notes' }, values: draft, changed: text !== '' });
  const set = (key: keyof AddendumDraft) => (value: string) => setDraft({ ...draft, [key]: value });
  const { run, busy, error } = useAction();
  return (
    <Form
      className="addendum-form"
      aria-label={t('notes.addendum.form')}
      onSubmit={() => {
        void run(async () => {
          await vault('notes.addAddendum', { noteId, text, author, credential });
          onAdded();
        });
      }}
    >
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      <TextArea label={t('notes.addendum.text')} value={text} onChange={set('text')} />
      <div className="grid-2">
        <TextField label={t('notes.addendum.author')} value={author} onChange={set('author')} />
        <TextField label={t('notes.addendum.credential')} value={credential} onChange={set('credential')} />
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('notes.addendum.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}

export function NoteCard({
  personId,
  note,
  peer,
  onEdit,
  onChanged,
}: {
  personId: string;
  note: NoteEntry;
  peer: PeerProfileFields;
  onEdit(): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  // A correction being written when the notebook locked opens again.
  const correctionKept = useKeptDraft(addendumDraftKey(note.id)) !== null;
  const [correcting, setCorrecting] = useState(correctionKept);
  const { fields, state, addenda } = note;
  const { signature } = fields;

  return (
    <article className="document note" aria-label={t('notes.note', { date: dates.date(fields.date) })}>
      <h3>
        {dates.date(fields.date)}
        <span className="chip">{t(signature ? 'notes.state.signed' : 'notes.state.draft')}</span>
      </h3>
      {state !== 'signed' && (
        <p className={`flag flag-${state}`} role="status">
          {t(`notes.state.${state}`, { when: dates.dateTime(note.dueAt) })}
        </p>
      )}
      <NoteFields fields={fields} units={signature ? null : note.units} />
      {signature ? (
        <p className="signed-line">
          {t('notes.view.signed', {
            peer: signature.peerName,
            credential: signature.credential,
            when: dates.dateTime(signature.signedAt),
            count: signature.units,
          })}
        </p>
      ) : (
        <button type="button" onClick={onEdit}>
          {t('notes.keepWriting')}
        </button>
      )}
      {addenda.length > 0 && (
        <section className="addenda" aria-label={t('notes.addendum.list')}>
          <h4>{t('notes.addendum.list')}</h4>
          <ul>
            {addenda.map(({ id, fields: addendum }) => (
              <li key={id}>
                <p>{addendum.text}</p>
                <p className="hint">
                  {addendum.credential
                    ? t('notes.addendum.byWithCredential', {
                        author: addendum.author,
                        credential: addendum.credential,
                        when: dates.dateTime(addendum.writtenAt),
                      })
                    : t('notes.addendum.by', { author: addendum.author, when: dates.dateTime(addendum.writtenAt) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {signature &&
        (correcting ? (
          <AddendumForm
            personId={personId}
            noteId={note.id}
            peer={peer}
            onAdded={() => {
              setCorrecting(false);
              onChanged();
            }}
            onCancel={() => setCorrecting(false)}
          />
        ) : (
          <button type="button" onClick={() => setCorrecting(true)}>
            {t('notes.addendum.add')}
          </button>
        ))}
    </article>
  );
}
