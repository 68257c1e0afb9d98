/**
 * @module Undo/redo as two stacks of whole-view snapshots. Snapshots rather than inverse operations:
 * a view is at most a few thousand small records, and a snapshot cannot drift out of step with the
 * canvas the way a missed inverse can.
 */

export const historyDefaults = {
  /** Oldest snapshots are dropped beyond this, so a long session does not grow without bound. */
  limit: 100,
};

export interface History<T> {
  /** Call with the state as it is just before a change. Clears the redo stack. */
  record(before: T): void;
  /** Given the current state, returns the one to restore, or undefined when there is nothing to undo. */
  undo(current: T): T | undefined;
  redo(current: T): T | undefined;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export function createHistory<T>(options: Partial<typeof historyDefaults> = {}): History<T> {
  const { limit } = { ...historyDefaults, ...options } satisfies typeof historyDefaults;
  const past: T[] = [];
  const future: T[] = [];
  return {
    record(before) {
      past.push(before);
      if (past.length > limit) past.shift();
      future.length = 0;
    },
    undo(current) {
      const prev = past.pop();
      if (prev !== undefined) future.push(current);
      return prev;
    },
    redo(current) {
      const next = future.pop();
      if (next !== undefined) past.push(current);
      return next;
    },
    get canUndo() { return past.length > 0; },
    get canRedo() { return future.length > 0; },
  };
}
