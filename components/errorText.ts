/**
 * An error as a sentence for the user: the message without its module prefix ("import: "), and
 * without the copy of itself a database error carries ("The disk is full QuotaExceededError: The
 * disk is full": Dexie adds the inner error's name and message to its own).
 */
export const errorText = (e: unknown): string => {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^\w+: /, '');
  // Dexie joins them with a line break and a space, or a space.
  return /^(.+?)\s+\w+Error:\s*\1$/s.exec(message)?.[1] ?? message;
};
