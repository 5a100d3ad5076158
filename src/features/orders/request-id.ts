/**
 * requestId: one per submission, reused on every retry of that submission. The `orders` function
 * derives the order's id from (filer, requestId), so a double tap or a retry after a dropped
 * network answers the order already filed instead of filing a second one. Pure.
 */

/** 24 lowercase hex characters (the function accepts letters, digits, '-' and '_'). */
export function newRequestId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 24) id += Math.floor(random() * 16).toString(16);
  return id;
}

export interface RequestIdKeeper {
  /** The id of the submission in progress: the same on every call until `settled()`. */
  current(): string;
  /** The submission went through (the order exists): the next submission gets a fresh id. */
  settled(): void;
}

export function requestIdKeeper(make: () => string = newRequestId): RequestIdKeeper {
  let id: string | null = null;
  return {
    current() {
      id ??= make();
      return id;
    },
    settled() {
      id = null;
    },
  };
}
