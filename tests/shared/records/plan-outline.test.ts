import { describe, expect, it } from 'vitest';
import { compareVersions, type OutlineNode } from '@shared/records/plan-outline';

const node = (key: string, value: string, children: OutlineNode[] = []): OutlineNode => ({
  key,
  part: key,
  title: key.toUpperCase(),
  value,
  format: 'text',
  children,
});
const summary = (parts: ReturnType<typeof compareVersions>) => parts.map((part) => [part.key, part.change]);

describe('comparing two versions of a plan', () => {
  it('says nothing changed when nothing did', () => {
    const outline = [node('a', 'one', [node('x', 'inner')]), node('b', '')];
    const parts = compareVersions(outline, outline);
    expect(summary(parts)).toEqual([
      ['a', 'unchanged'],
      ['b', 'unchanged'],
    ]);
    expect(parts[0]).toMatchObject({ title: 'A', old: 'one', new: 'one', children: [{ key: 'x', change: 'unchanged' }] });
  });

  it('shows old and new side by side, with null where a part does not exist', () => {
    const parts = compareVersions([node('a', 'old words'), node('gone', 'bye')], [node('a', 'new words'), node('new', 'hello')]);
    expect(parts).toEqual([
      expect.objectContaining({ key: 'a', old: 'old words', new: 'new words', change: 'changed' }),
      expect.objectContaining({ key: 'gone', old: 'bye', new: null, change: 'removed' }),
      expect.objectContaining({ key: 'new', old: null, new: 'hello', change: 'added' }),
    ]);
  });

  it('matches parts by key, not position: a moved part is unchanged', () => {
    const parts = compareVersions([node('a', '1'), node('b', '2')], [node('b', '2'), node('a', '1')]);
    expect(summary(parts)).toEqual([
      ['b', 'unchanged'],
      ['a', 'unchanged'],
    ]);
  });

  it('keeps a removed part where it used to be', () => {
    const parts = compareVersions([node('a', '1'), node('b', '2'), node('c', '3')], [node('c', '3'), node('a', '1')]);
    expect(summary(parts)).toEqual([
      ['c', 'unchanged'],
      ['a', 'unchanged'],
      ['b', 'removed'],
    ]);
    const first = compareVersions([node('gone', '0'), node('a', '1')], [node('a', '1')]);
    expect(summary(first)).toEqual([
      ['gone', 'removed'],
      ['a', 'unchanged'],
    ]);
  });

  it('marks a part changed when only something under it changed, and compares all the way down', () => {
    const older = [node('goal', 'same words', [node('step', 'call', [node('status', 'started')])])];
    const newer = [node('goal', 'same words', [node('step', 'call', [node('status', 'done')])])];
    const [goal] = compareVersions(older, newer);
    expect(goal).toMatchObject({ change: 'changed', old: 'same words', new: 'same words' });
    expect(goal!.children[0]).toMatchObject({ key: 'step', change: 'changed' });
    expect(goal!.children[0]!.children[0]).toMatchObject({ key: 'status', old: 'started', new: 'done', change: 'changed' });
  });

  it('marks everything under an added or removed part the same way', () => {
    const [added] = compareVersions([], [node('goal', 'new goal', [node('step', 'first step')])]);
    expect(added).toMatchObject({ change: 'added', children: [{ change: 'added', old: null, new: 'first step' }] });
    const [removed] = compareVersions([node('goal', 'old goal', [node('step', 'old step')])], []);
    expect(removed).toMatchObject({ change: 'removed', children: [{ change: 'removed', old: 'old step', new: null }] });
  });
});
