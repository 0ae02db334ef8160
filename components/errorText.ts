/** An error as a sentence for the user: the message without its module prefix ("import: "). */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/^\w+: /, '');
