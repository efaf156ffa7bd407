/**
 * Today: where the notebook opens after unlocking. What is due now (tasks and check-ins, notes to
 * sign, paperwork to go over with someone, the peer's own renewal), each line opening the place
 * to act on it.
 */
import { CameBackList } from '../team/CameBackList';
import { CoSignDueList } from '../team/CoSignDueList';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import type { Place } from '@shared/places';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { Notice, Working, useAction } from '../../ui/form';
import { TaskActions } from '../tasks/TaskActions';
import { TaskForm, taskDraftKey } from '../tasks/TaskForm';
import type { CertificationItem, NoteItem, PaperworkItem, TaskItem, TodayList } from './worker/today-handlers';
import { useKeptDraft } from '../../ui/use-draft';

/** One line of the day: its words open the place to act, when there is one. */
function Line({ place, text, className, children }: { place: Place | null; text: string; className?: string; children?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <li className={`today-item ${className ?? ''}`}>
      {place ? (
        <button type="button" className="link today-open" onClick={() => navigate(place)}>
          {text}
        </button>
      ) : (
        <span>{text}</span>
      )}
      {children}
    </li>
  );
}

function TaskLine({ item, onChanged }: { item: TaskItem; onChanged(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const navigate = useNavigate();
  const { personId } = item.task;
  const { fields } = item.task;
  const text = item.personName ? t('today.taskWith', { title: fields.title, name: item.personName }) : fields.title;
  return (
    <Line place={item.place} text={text} className={`today-${item.state}`}>
      <span className="chip">{t(`tasks.kindChip.${fields.kind}`)}</span>
      <span className="hint">{t(`tasks.state.${item.state}`, { date: dates.date(fields.dueOn) })}</span>
      <div className="task-actions">
        <TaskActions id={item.task.id} fields={fields} onChanged={onChanged} />
        {/* A check-in done is often a meeting to write up: its note opens from here. */}
        {personId && item.personName && (
          <button
            type="button"
            aria-label={t('today.writeNoteLabel', { title: fields.title, name: item.personName })}
            onClick={() => navigate({ screen: 'people', personId, tab: 'notes', write: 'note' })}
          >
            {t('today.writeNote')}
          </button>
        )}
      </div>
    </Line>
  );
}

function NoteLine({ item }: { item: NoteItem }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Line
      place={item.place}
      className={`today-${item.state}`}
      text={t(`today.note.${item.state}`, {
        name: item.personName,
        date: dates.date(item.date),
        dueAt: dates.dateTime(item.dueAt, 'medium'),
      })}
    />
  );
}

function PaperworkLine({ item }: { item: PaperworkItem }) {
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  const name = item.personName;
  let text: string;
  switch (item.kind) {
    case 'confidentiality':
      text = message(item.message);
      break;
    case 'agreement':
      text = t(`today.agreement.${item.state}`, { name });
      break;
    case 'recoveryPlan':
      text = t(`today.recoveryPlan.${item.state}`, { name, date: dates.date(item.reviewDate) });
      break;
    case 'release': {
      const recipients = item.recipients.join(', ');
      text =
        item.daysLeft === 0
          ? t('today.release.endsToday', { name, recipients })
          : t('today.release.endsSoon', { name, recipients, date: dates.date(item.endsOn), count: item.daysLeft });
      break;
    }
    case 'referral':
      text = item.resourceName ? t('today.referral', { name, resource: item.resourceName }) : t('today.referralNoResource', { name });
      break;
    case 'crisisFollowUp':
      text = t('today.crisisFollowUp', { name, date: dates.date(item.followUpDate) });
      break;
  }
  return <Line place={item.place} text={text} />;
}

function CertificationLine({ item }: { item: CertificationItem }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { renewalOn, daysLeft, hoursStillNeeded } = item.status;
  const date = dates.date(renewalOn);
  const renewal =
    daysLeft < 0
      ? t('today.certification.passed', { date })
      : daysLeft === 0
        ? t('today.certification.renewsToday')
        : t('today.certification.renews', { date, count: daysLeft });
  const hours =
    hoursStillNeeded > 0 ? t('today.certification.hoursStillNeeded', { count: hoursStillNeeded }) : t('today.certification.hoursDone');
  return <Line place={item.place} text={`${renewal}. ${hours}.`} />;
}

/** A group of the day's lines under its own heading; left out when it has nothing. */
function Group({ id, title, children }: { id: string; title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <li className="today-group">
      <h2 id={`today-${id}`}>{title}</h2>
      <ul aria-labelledby={`today-${id}`}>{children}</ul>
    </li>
  );
}

export function TodayScreen() {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const [list, setList] = useState<TodayList | null>(null);
  // A task being written when the notebook locked: its form opens again.
  const taskKept = useKeptDraft(taskDraftKey(null)) !== null;
  const [adding, setAdding] = useState(taskKept);
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const { run, error } = useAction();
  const reload = useCallback(
    () => void run(async () => setList(await vault('today.list'))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run is a fresh function each render
    [vault],
  );
  useEffect(reload, [reload]);

  const groups = list && [
    <Group key="tasks" id="tasks" title={t('today.groups.tasks')}>
      {list.tasks.map((item) => (
        <TaskLine key={item.key} item={item} onChanged={reload} />
      ))}
    </Group>,
    <Group key="notes" id="notes" title={t('today.groups.notes')}>
      {list.notes.map((item) => (
        <NoteLine key={item.key} item={item} />
      ))}
    </Group>,
    <Group key="paperwork" id="paperwork" title={t('today.groups.paperwork')}>
      {list.paperwork.map((item) => (
        <PaperworkLine key={item.key} item={item} />
      ))}
    </Group>,
    <Group key="certification" id="certification" title={t('today.groups.certification')}>
      {list.certification ? [<CertificationLine key="certification" item={list.certification} />] : []}
    </Group>,
  ];
  const nothingDue = list && list.tasks.length + list.notes.length + list.paperwork.length === 0 && !list.certification;

  return (
    <section aria-labelledby="today-heading" className="today">
      <div className="section-head">
        <h1 id="today-heading">{t('today.title')}</h1>
        {!adding && (
          <button
            type="button"
            onClick={() => {
              setSavedFor(null);
              setAdding(true);
            }}
          >
            {t('today.addTask')}
          </button>
        )}
      </div>
      {adding && (
        <TaskForm
          personId={null}
          onCancel={() => setAdding(false)}
          onSaved={(task) => {
            setAdding(false);
            setSavedFor(task.fields.dueOn);
            reload();
          }}
        />
      )}
      {savedFor && <Notice tone="success">{t('tasks.saved', { date: dates.date(savedFor) })}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {!list ? (
        !error && <Working label={t('today.opening')} />
      ) : nothingDue ? (
        <p className="empty">{t('today.nothingDue')}</p>
      ) : (
        <ul className="today-groups" aria-label={t('today.list')}>
          {groups}
        </ul>
      )}
      <CameBackList hideWhenEmpty />
      <CoSignDueList />
    </section>
  );
}
