import { describe, expect, it } from 'vitest';
import { startingForm, withRelease } from '../../../../renderer/src/features/disclosures/sharing-form';
import { draft, release } from '../../../shared/records/release-fixtures';

const TODAY = '2026-06-01';
const version = (id: string, over: Parameters<typeof release>[0] = {}) => ({ id, rev: '1', fields: release(over) });

describe('the sharing form', () => {
  it('starts with the only active release chosen, its recipient and purpose filled in', () => {
    const ended = version('old', { expiration: { kind: 'date', date: '2026-01-31' } });
    expect(startingForm([version('housing'), ended], TODAY)).toMatchObject({
      releaseId: 'housing',
      sharedWith: 'Wake County Housing',
      purpose: 'Housing application',
      whatWasShared: '',
      sharedOn: TODAY,
    });
  });

  it('starts empty when there is a choice of active releases, or none', () => {
    const two = [version('housing'), version('clinic', { recipients: [{ name: 'Durham Clinic' }] })];
    expect(startingForm(two, TODAY)).toMatchObject({ releaseId: '', sharedWith: '', purpose: '' });
    expect(startingForm([], TODAY)).toMatchObject({ releaseId: '', sharedWith: '', purpose: '' });
  });

  it('fills from a chosen release only what the peer has not typed, and names no one for a general group', () => {
    const blank = startingForm([], TODAY);
    expect(withRelease({ ...blank, sharedWith: 'Ms. Lopez at Wake County Housing' }, version('housing'))).toMatchObject({
      releaseId: 'housing',
      sharedWith: 'Ms. Lopez at Wake County Housing',
      purpose: 'Housing application',
    });
    const group = {
      id: 'providers',
      rev: '1',
      fields: draft({ recipients: [{ name: 'My treating providers', isGeneralDesignation: true }] }),
    };
    expect(withRelease(blank, group)).toMatchObject({ releaseId: 'providers', sharedWith: '' });
  });
});
