/**
 * Today: what needs the peer now, each item with the place to act on it. Runs in the vault worker.
 *
 * Kept fast on a notebook of tens of thousands of records: it opens only the few kinds it needs
 * (tasks, referrals and the resources they name, releases, plans, crisis events, the relationship paperwork, the
 * peer's profile, names), each in one read (one read costs far more than opening a few hundred
 * records while the search index builds beside it), and finds unsigned service notes through the
 * vault's sealed digest of them, so no signed note is ever opened here. "Now" is the vault's clock,
 * and the note rules the agency's policy given to the vault.
 */
import type { Message } from '@shared/messages';
import { noteDeadlineFor } from '@shared/agency/note-policy';
import { dueState, type DueState } from '@shared/records/dates';
import { certificationStatus, type CertificationStatus } from '@shared/records/peer-profile';
import { releasesExpiringWithin } from '@shared/records/release';
import { referralFollowUpDue } from '@shared/records/resource';
import { noteDueAt, noteState, type NoteState } from '@shared/records/service-note';
import { latestSignedVersions } from '@shared/records/signed-versions';
import { taskState } from '@shared/records/task';
import { followUpOpen } from '@shared/records/crisis-event';
import type { DisclosureState } from '@shared/records/confidentiality';
import type { Place, PersonTab } from '@shared/places';
import type { Vault } from '../../../vault/vault';
import { localMoment, localToday } from '../../../vault/clock';
import { byParent, remindersFor } from '../../people/worker/people-handlers';
import { taskOf, type Task } from '../../tasks/worker/task-handlers';

/** Releases are flagged this many days before they end. */
export const RELEASE_WARNING_DAYS = 30;

interface Item {
  /** Stable across reloads: the record it is about (and what about it). */
  key: string;
  /** Where to act on it. */
  place: Place;
  /** Whom it is about (by the name they like to be called). */
  personName: string;
}

/** A general task has no person, and no other place: it is acted on right on Today. */
export type TaskItem = Omit<Item, 'place' | 'personName'> & {
  place: Place | null;
  personName: string | null;
  task: Task;
  state: 'overdue' | 'today';
};
export type NoteItem = Item & { date: string; dueAt: string; state: Exclude<NoteState, 'signed'> };
export type PaperworkItem = Item &
  (
    | { kind: 'confidentiality'; state: Exclude<DisclosureState, 'current'>; message: Message }
    | { kind: 'agreement'; state: NonNullable<DueState> }
    | { kind: 'recoveryPlan'; state: NonNullable<DueState>; reviewDate: string }
    | { kind: 'release'; endsOn: string; daysLeft: number; recipients: string[] }
    | { kind: 'referral'; followUpOn: string; resourceName: string }
    | { kind: 'crisisFollowUp'; followUpDate: string }
  );
export type CertificationItem = Omit<Item, 'personName'> & { status: CertificationStatus };

export interface TodayList {
  tasks: TaskItem[];
  notes: NoteItem[];
  paperwork: PaperworkItem[];
  certification: CertificationItem | null;
}

const personPlace = (personId: string, tab: PersonTab): Place => ({ screen: 'people', personId, tab });

/** `vault.policy` is read at each call: the window gives it once the app has started, after the handlers are made. */
export function todayHandlers(vault: Pick<Vault, 'records' | 'clock' | 'policy'>) {
  const { records, clock } = vault;
  return {
    async 'today.list'(): Promise<TodayList> {
      const moment = clock.now();
      const today = localToday(moment);
      const now = localMoment(moment);
      const [people, tasks, unsignedNotes, plans, releases, referrals, resources, profiles, crises] = await Promise.all([
        records.list('person'),
        records.list('task'),
        records.unsignedNotes(),
        records.list('recovery-plan'),
        records.list('release'),
        records.list('referral'),
        records.list('resource'),
        records.list('peer-profile'),
        records.list('crisis-event'),
      ]);
      const profile = profiles[0]?.fields ?? null;
      const deadline = noteDeadlineFor(vault.policy.notes, profile?.workState ?? '');
      // Someone handed over to another peer is theirs to act with now: nothing of theirs is due here.
      const names = new Map(
        people.filter(({ fields }) => fields.handedOverOn === undefined).map(({ id, fields }) => [id, fields.preferredName]),
      );
      const resourceNames = new Map(resources.map(({ id, fields }) => [id, fields.name]));
      // Records of someone no longer in the notebook have no one to act with: left out.
      const known = (personId: string | null): personId is string => personId !== null && names.has(personId);
      const nameOf = (personId: string) => names.get(personId)!;

      const taskItems: TaskItem[] = [];
      for (const task of tasks.map(taskOf)) {
        const state = taskState(task.fields, today);
        if ((state !== 'overdue' && state !== 'today') || (task.personId !== null && !known(task.personId))) continue;
        taskItems.push({
          key: task.id,
          personName: task.personId && nameOf(task.personId),
          place: task.personId ? personPlace(task.personId, 'tasks') : null,
          task,
          state,
        });
      }
      taskItems.sort(
        (a, b) => a.task.fields.dueOn.localeCompare(b.task.fields.dueOn) || a.task.fields.title.localeCompare(b.task.fields.title),
      );

      const noteItems: NoteItem[] = unsignedNotes
        .filter((note) => known(note.personId) && note.date <= today)
        .map((note) => ({
          key: note.id,
          personName: nameOf(note.personId!),
          place: personPlace(note.personId!, 'notes'),
          date: note.date,
          dueAt: noteDueAt(note, deadline),
          state: noteState({ ...note, signature: null }, now, deadline) as NoteItem['state'],
        }))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));

      const paperwork: PaperworkItem[] = [];
      const everyone = [...names].map(([id, preferredName]) => ({ id, preferredName }));
      const reminders = await remindersFor(records, everyone, today);
      for (const { id, preferredName } of everyone) {
        const { confidentiality, agreementReview } = reminders.get(id)!;
        if (confidentiality.state !== 'current') {
          paperwork.push({
            key: `${id}/confidentiality`,
            personName: preferredName,
            place: personPlace(id, 'confidentiality'),
            kind: 'confidentiality',
            state: confidentiality.state,
            message: confidentiality.message,
          });
        }
        if (agreementReview)
          paperwork.push({
            key: `${id}/agreement`,
            personName: preferredName,
            place: personPlace(id, 'agreement'),
            kind: 'agreement',
            state: agreementReview,
          });
      }
      for (const [personId, personPlans] of byParent(plans)) {
        if (!known(personId)) continue;
        for (const inForce of latestSignedVersions(personPlans)) {
          const state = inForce.fields.reviewDate ? dueState(inForce.fields.reviewDate, today) : null;
          if (state)
            paperwork.push({
              key: inForce.id,
              personName: nameOf(personId),
              place: personPlace(personId, 'recoveryPlan'),
              kind: 'recoveryPlan',
              state,
              reviewDate: inForce.fields.reviewDate,
            });
        }
      }
      for (const [personId, personReleases] of byParent(releases)) {
        if (!known(personId)) continue;
        for (const { release, endsOn, daysLeft } of releasesExpiringWithin(
          latestSignedVersions(personReleases),
          RELEASE_WARNING_DAYS,
          today,
        )) {
          const recipients = release.fields.recipients.map((recipient) => recipient.name);
          paperwork.push({
            key: release.id,
            personName: nameOf(personId),
            place: personPlace(personId, 'releases'),
            kind: 'release',
            endsOn,
            daysLeft,
            recipients,
          });
        }
      }
      for (const [personId, personReferrals] of byParent(referrals)) {
        if (!known(personId)) continue;
        for (const referral of personReferrals.filter(({ fields }) => referralFollowUpDue(fields, today))) {
          paperwork.push({
            key: referral.id,
            personName: nameOf(personId),
            place: personPlace(personId, 'referrals'),
            kind: 'referral',
            followUpOn: referral.fields.followUpOn,
            resourceName: resourceNames.get(referral.fields.resourceId) ?? '',
          });
        }
      }
      for (const [personId, events] of byParent(crises)) {
        if (!known(personId)) continue;
        for (const event of events.filter(({ fields }) => followUpOpen(fields))) {
          paperwork.push({
            key: `${event.id}/follow-up`,
            personName: nameOf(personId),
            place: personPlace(personId, 'crisis'),
            kind: 'crisisFollowUp',
            followUpDate: event.fields.followUpDate,
          });
        }
      }

      // By person, so all that is due with one person reads together (stable: kinds keep this order).
      paperwork.sort((a, b) => a.personName.localeCompare(b.personName, undefined, { sensitivity: 'base' }));

      const status = profile && certificationStatus(profile, today);
      const certification = status?.remind ? { key: 'certification', place: { screen: 'settings' } as const, status } : null;

      return { tasks: taskItems, notes: noteItems, paperwork, certification };
    },
  };
}
