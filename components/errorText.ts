/**
 * An error as a clause for the user: the message without its module prefix ("import: "), and
 * without the copy of itself a database error carries ("The disk is full QuotaExceededError: The
 * disk is full": Dexie adds the inner error's name and message to its own).
 */
export const errorClause = (e: unknown): string => {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^\w+: /, '');
  // Dexie joins them with a line break and a space, or a space.
  return /^(.+?)\s+\w+Error:\s*\1$/s.exec(message)?.[1] ?? message;
};

/** The error as a message of its own, a sentence ("A list named “Thesis” already exists."); a
 * message of our own as written; errorClause for one that follows a colon ("Could not hide this
 * paper: the …"). */
export const errorText = (e: unknown): string => {
  const clause = errorClause(e);
  // Only a module's clause: a message of our own may start with a file's name ("huge.json was …").
  const fromModule = /^\w+: /.test(e instanceof Error ? e.message : String(e));
  if (!fromModule) return clause;
  const sentence = clause.charAt(0).toLocaleUpperCase() + clause.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
};
