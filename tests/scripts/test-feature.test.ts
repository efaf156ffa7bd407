/** Which tests `npm run test:feature -- <name>` runs. */
import { describe, expect, it } from 'vitest';
import { featureTests } from '../../scripts/test-feature';

const FILES = [
  'tests/renderer/features/notes/note-handlers.test.ts',
  'tests/renderer/features/notes/NoteEditor.test.tsx',
  'tests/e2e/notes.e2e.test.ts',
  'tests/shared/records/service-note.test.ts',
  'tests/renderer/features/sync/sync-runner.test.ts',
  'tests/electron/main/sync-folders.test.ts',
  'tests/e2e/sync.e2e.test.ts',
  'tests/shared/sync/field-merge.test.ts',
  'tests/e2e/footnotes.e2e.test.ts',
];

describe("a feature's tests", () => {
  it('are those in a folder of its name and those whose file name starts with it', () => {
    expect(featureTests('notes', FILES)).toEqual([
      'tests/renderer/features/notes/note-handlers.test.ts',
      'tests/renderer/features/notes/NoteEditor.test.tsx',
      'tests/e2e/notes.e2e.test.ts',
    ]);
    expect(featureTests('sync', FILES)).toEqual([
      'tests/renderer/features/sync/sync-runner.test.ts',
      'tests/electron/main/sync-folders.test.ts',
      'tests/e2e/sync.e2e.test.ts',
      'tests/shared/sync/field-merge.test.ts',
    ]);
  });

  it('are none for a name no feature has', () => {
    expect(featureTests('zeppelin', FILES)).toEqual([]);
  });
});
