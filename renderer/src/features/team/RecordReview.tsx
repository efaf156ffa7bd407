/**
 * Under a note or plan: where it stands with the supervisor's co-signature, when the agency needs
 * one for its kind, and "Send to my supervisor for review" while it is not co-signed or waiting.
 */
import { useTranslation } from 'react-i18next';
import type { ReviewableKind } from '@shared/agency/policy-settings';
import type { CoSignState } from '@shared/team/co-sign-state';
import { useDates } from '../../i18n/use-dates';
import { SendForReview } from './SendForReview';

export function CoSignLine({ state }: { state: CoSignState }) {
  const { t } = useTranslation();
  const dates = useDates();
  let text: string;
  switch (state.state) {
    case 'needed':
      text = t('review.state.needed');
      break;
    case 'waiting':
      text = t('review.state.waiting', { date: dates.dateTime(state.sentAt, 'medium') });
      break;
    case 'returned':
      text = t('review.state.returned', { comment: state.comment });
      break;
    case 'co-signed':
    case 'changed':
      text = t(`review.state.${state.state}`, { reviewer: state.reviewer, date: dates.dateTime(state.answeredAt, 'medium') });
      break;
  }
  return <p className={`co-sign co-sign-${state.state}`}>{text}</p>;
}

export function RecordReview({
  recordId,
  kind,
  state,
  onSent,
}: {
  recordId: string;
  kind: ReviewableKind;
  /** Absent when the agency does not need this kind co-signed. */
  state: CoSignState | undefined;
  onSent(): void;
}) {
  const settled = state?.state === 'co-signed' || state?.state === 'waiting';
  return (
    <div className="record-review">
      {state && <CoSignLine state={state} />}
      {!settled && <SendForReview recordId={recordId} kind={kind} onSent={onSent} />}
    </div>
  );
}
