/** "Send to my supervisor for review" under a note or plan, when the agency's policy has supervisors review its kind. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewableKind } from '@shared/agency/policy-settings';
import { useHost, useInstallationPolicy, useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { sendEnvelopes, TeamProblemError } from './team-client';

export function SendForReview({ recordId, kind, onSent }: { recordId: string; kind: ReviewableKind; onSent?: () => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const message = useMessage();
  const reviewed = useInstallationPolicy().settings.supervisorReviews.value.includes(kind);
  const [said, setSaid] = useState<string | null>(null);
  if (!reviewed) return null;

  const send = async () => {
    try {
      const { name } = await vault('peer.get');
      await sendEnvelopes(vault, host, await vault('team.submit', { recordId, senderName: name }));
      setSaid(t('team.submitted'));
      onSent?.();
    } catch (error) {
      setSaid(error instanceof TeamProblemError ? t(`team.problems.${error.problem}`) : message(messagesOf(error)));
    }
  };

  return (
    <p>
      <button type="button" onClick={() => void send()}>
        {t('team.submit')}
      </button>{' '}
      <span role="status">{said}</span>
    </p>
  );
}
