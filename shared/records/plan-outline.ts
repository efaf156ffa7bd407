/**
 * A plan laid out as a reader sees it: titled parts in order, each holding a value and maybe
 * parts of its own (a goal holds its steps). Recovery plans and wellness plans each describe
 * themselves this way, so one comparison serves both, and the printed copy can follow the same
 * order.
 *
 * Comparing two versions matches parts by key, never by position: a goal moved up the list is
 * the same goal, and a goal reworded is "changed", not "removed" plus "added".
 */

/** How a part's value reads: as written, an ISO date ('' when none), or a progress status id. */
export type OutlineFormat = 'text' | 'date' | 'status';

export interface OutlineNode {
  /** Identifies this part among its siblings, across versions: a goal's or step's id, or a field name. */
  key: string;
  /** What kind of part this is ('strengths', 'goal', 'step', …): the same for every goal, so a translated title can be looked up by it. */
  part: string;
  /** Plain English title. */
  title: string;
  /** The value as stored ('' for a part that only groups others). */
  value: string;
  format: OutlineFormat;
  children: readonly OutlineNode[];
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** One part side by side: null on the side where it does not exist. */
export interface PartComparison {
  key: string;
  part: string;
  title: string;
  format: OutlineFormat;
  old: string | null;
  new: string | null;
  /** 'changed' when the value or anything under it changed. */
  change: ChangeKind;
  children: PartComparison[];
}

/** The new version's order, with each removed part placed just after the part it followed before. */
function mergedKeys(oldNodes: readonly OutlineNode[], newNodes: readonly OutlineNode[]): string[] {
  const keys = newNodes.map((node) => node.key);
  const inNew = new Set(keys);
  let insertAt = 0;
  for (const { key } of oldNodes) {
    if (inNew.has(key)) {
      insertAt = keys.indexOf(key) + 1;
    } else {
      keys.splice(insertAt, 0, key);
      insertAt += 1;
    }
  }
  return keys;
}

function compareNode(oldNode: OutlineNode | undefined, newNode: OutlineNode | undefined): PartComparison {
  const shown = (newNode ?? oldNode)!;
  const children = compareVersions(oldNode?.children ?? [], newNode?.children ?? []);
  const change: ChangeKind = !oldNode
    ? 'added'
    : !newNode
      ? 'removed'
      : oldNode.value !== newNode.value || children.some((child) => child.change !== 'unchanged')
        ? 'changed'
        : 'unchanged';
  return {
    key: shown.key,
    part: shown.part,
    title: shown.title,
    format: shown.format,
    old: oldNode?.value ?? null,
    new: newNode?.value ?? null,
    change,
    children,
  };
}

/**
 * Two versions of a plan side by side, part by part: for the "compare versions" screen. Pass each
 * version's outline (recoveryPlanOutline, wellnessPlanOutline), older first.
 */
export function compareVersions(older: readonly OutlineNode[], newer: readonly OutlineNode[]): PartComparison[] {
  const oldByKey = new Map(older.map((node) => [node.key, node]));
  const newByKey = new Map(newer.map((node) => [node.key, node]));
  return mergedKeys(older, newer).map((key) => compareNode(oldByKey.get(key), newByKey.get(key)));
}
