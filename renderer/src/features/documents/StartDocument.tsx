/**
 * A person with no document of a kind yet: a sentence about it and one button that starts the
 * first draft (from `firstDraft`, written when the button is pressed so dates are today's).
 */
import { useVault } from '../../ui/contexts';
import { Notice, useAction } from '../../ui/form';
import type { DocumentKind } from './worker/document-handlers';

export function StartDocument({
  personId,
  kind,
  intro,
  label,
  firstDraft,
  onStarted,
}: {
  personId: string;
  kind: DocumentKind;
  intro: string;
  label: string;
  firstDraft(): Record<string, unknown>;
  onStarted(): void;
}) {
  const vault = useVault();
  const { run, busy, error } = useAction();
  return (
    <div>
      <p>{intro}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            await vault('documents.saveDraft', { personId, kind, id: null, fields: firstDraft() });
            onStarted();
          })
        }
      >
        {label}
      </button>
    </div>
  );
}
