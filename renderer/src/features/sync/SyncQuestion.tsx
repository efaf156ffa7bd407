/**
 * A question sync asks before anything that could lose work (removing most of the notebook, a
 * folder holding another notebook or nothing at all): a modal dialog with two labelled buttons.
 * The safe answer comes first and has the focus, so Enter never removes anything.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncQuestion as Question } from './sync-runner';
import { useModalDialog } from '../../ui/use-modal-dialog';

/** What the dialog says for each question the runner can stop at. */
function useQuestionWords(question: Question) {
  const { t } = useTranslation();
  switch (question.kind) {
    case 'mass-delete':
      return {
        title: t('sync.questions.massDelete.title'),
        body: t('sync.questions.massDelete.body', { removing: question.deleting, total: question.of }),
        stop: t('sync.questions.massDelete.stop'),
        go: t('sync.questions.massDelete.go'),
      };
    case 'other-notebook':
      return {
        title: t('sync.questions.otherNotebook.title'),
        body: t('sync.questions.otherNotebook.body'),
        stop: t('sync.questions.otherNotebook.stop'),
        go: t('sync.questions.otherNotebook.go'),
      };
    case 'folder-empty':
      return {
        title: t('sync.questions.emptyFolder.title'),
        body: t('sync.questions.emptyFolder.body'),
        stop: t('sync.questions.emptyFolder.stop'),
        go: t('sync.questions.emptyFolder.go'),
      };
    case 'join-empty':
      return {
        title: t('sync.questions.joinEmpty.title'),
        body: t('sync.questions.joinEmpty.body'),
        stop: t('sync.questions.joinEmpty.stop'),
        go: t('sync.questions.joinEmpty.go'),
      };
  }
}

export function SyncQuestion({ question, onAnswer }: { question: Question; onAnswer(go: boolean): void }) {
  const words = useQuestionWords(question);
  const dialog = useModalDialog();
  const id = useId();

  return (
    // Escape closes a modal dialog: that is the safe answer too.
    <dialog
      ref={dialog}
      role="alertdialog"
      className="sync-question"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={`${id}-title`}>{words.title}</h2>
      <p id={`${id}-body`}>{words.body}</p>
      <div className="row">
        <button type="button" className="primary" autoFocus onClick={() => onAnswer(false)}>
          {words.stop}
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          {words.go}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The runner's `ask`, answered by the peer in a SyncQuestion: `question` is what to show now (null
 * when nothing is asked), `ask` is handed to the runner, `answer` is the dialog's onAnswer.
 */
export function useSyncQuestions() {
  const [pending, setPending] = useState<{ question: Question; answer(go: boolean): void } | null>(null);
  const ask = useCallback((question: Question) => new Promise<boolean>((resolve) => setPending({ question, answer: resolve })), []);
  const answer = (go: boolean) => {
    pending?.answer(go);
    setPending(null);
  };
  return { question: pending?.question ?? null, ask, answer };
}
