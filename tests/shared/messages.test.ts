import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fillTemplate,
  inEnglish,
  issue,
  issueWith,
  MESSAGES,
  MessageError,
  messageOfIssue,
  messagesOfIssues,
  say,
  TEMPLATE_PARAM,
} from '@shared/messages';
import { describeRecurrence } from '@shared/records/task';
import { text } from '@shared/records/text';

describe('the message catalogue', () => {
  it('a rule says a key and its parts, and English fills the template', () => {
    expect(say('person.nameRequired')).toEqual({ key: 'person.nameRequired' });
    const due = say('confidentiality.reviewDueSoon', { name: 'Dana', reviewBy: { date: '2026-07-10' } });
    expect(due).toEqual({ key: 'confidentiality.reviewDueSoon', params: { name: 'Dana', reviewBy: { date: '2026-07-10' } } });
    expect(inEnglish(due)).toBe("It's almost time to go over the limits of confidentiality with Dana again, by July 10, 2026.");
    expect(inEnglish(say('crisis.sharedWithConsent', { contact: 'Dr. Lee', person: 'Dana' }))).toBe(
      "You shared with Dr. Lee with Dana's permission: add it to the disclosure log under Dana's release, so Dana can see who was told.",
    );
  });

  it('writes numbers, clock times and messages inside messages, and starts with a capital', () => {
    expect(inEnglish(say('serviceNote.meetingNotOver', { date: { date: '2026-03-03' }, time: { time: '13:45' } }))).toBe(
      'This meeting ends on March 3, 2026 at 1:45 PM. You can sign the note after that.',
    );
    expect(inEnglish(say('release.personMustSign', { person: say('common.thePerson') }))).toBe(
      'The person needs to sign and date this release.',
    );
    expect(inEnglish(say('text.tooLong', { max: 10000 }))).toBe('Please keep this under 10,000 characters.');
    expect(inEnglish([say('common.notReadyToSign'), say('serviceNote.whatWeDidMissing')])).toBe(
      'Not ready to sign yet. Write what you did together.',
    );
  });

  it('a message error keeps the messages and says them in English', () => {
    const error = new MessageError([say('common.notReadyToSign'), say('serviceNote.nextStepsMissing')]);
    expect(error.messages.map((each) => each.key)).toEqual(['common.notReadyToSign', 'serviceNote.nextStepsMissing']);
    expect(error.message).toBe('Not ready to sign yet. Write the next steps.');
  });

  it('zod checks carry their message: by key, with parts zod found, or whole', () => {
    const schema = z.object({
      name: text(5).min(1, issue('person.nameRequired')),
      kind: z.enum(['a', 'b'], { error: issue('resource.kindMissing') }),
    });
    const parsed = schema.safeParse({ name: 'far too long', kind: 'c' });
    expect(messagesOfIssues(parsed.error!.issues)).toEqual([
      { key: 'text.tooLong', params: { max: 5 } },
      { key: 'resource.kindMissing', params: { kinds: 'a, b' } },
    ]);
    const refined = z.string().superRefine((_, ctx) => ctx.addIssue(issueWith(say('crisis.linkLimits', { person: 'Dana' }))));
    expect(messagesOfIssues(refined.safeParse('x').error!.issues)).toEqual([{ key: 'crisis.linkLimits', params: { person: 'Dana' } }]);
    expect(messageOfIssue({ code: 'invalid_type', message: 'Invalid input: expected string' })).toEqual(say('common.needsAnotherLook'));
  });

  it('takes parts as they are, even ones that look like replacement patterns', () => {
    expect(fillTemplate('Hello {{name}}.', { name: '$& $1 $$ {{other}}' })).toBe('Hello $& $1 $$ {{other}}.');
    expect(fillTemplate('Hello {{name}}.')).toBe('Hello {{name}}.');
  });

  it('has well-formed templates: only {{word}} parts, no stray braces, no blank ones, each English text once', () => {
    for (const [key, template] of Object.entries(MESSAGES)) {
      expect(template.trim(), key).not.toBe('');
      expect(template.replace(TEMPLATE_PARAM, ''), key).not.toMatch(/[{}]/);
    }
    const texts = Object.values(MESSAGES);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is what the rules say', () => {
    expect(inEnglish(describeRecurrence({ every: 'none' }))).toBe('Once');
    expect(inEnglish(describeRecurrence({ every: 'week', interval: 1 }))).toBe('Every week');
    expect(inEnglish(describeRecurrence({ every: 'month', interval: 3 }))).toBe('Every 3 months');
  });
});
