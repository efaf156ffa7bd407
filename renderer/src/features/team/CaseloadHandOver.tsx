/**
 * The Team screen's "Hand over my whole caseload": every person this peer still holds, each with
 * their own consent recorded (a person who has not agreed yet is left out, and stays here).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { Notice } from '../../ui/form';
import { HandOverForm } from './HandOverForm';
import type { HandOverCandidate } from './worker/handover-handlers';

export function CaseloadHandOver() {
  const { t } = useTranslation();
  const vault = useVault();
  const [people, setPeople] = useState<HandOverCandidate[] | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <section aria-labelledby="caseload-title">
      <h2 id="caseload-title">{t('handOver.caseloadTitle')}</h2>
      <p className="hint">{t('handOver.caseloadHint')}</p>
      {done && <Notice tone="success">{done}</Notice>}
      {people === null ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDone(null);
            void vault('team.handOverCandidates').then(setPeople);
          }}
        >
          {t('handOver.caseloadAction')}
        </button>
      ) : people.length === 0 ? (
        <p>{t('handOver.nobodyLeft')}</p>
      ) : (
        <HandOverForm
          people={people}
          caseload
          onCancel={() => setPeople(null)}
          onDone={(words) => {
            setDone(words);
            setPeople(null);
          }}
        />
      )}
    </section>
  );
}
