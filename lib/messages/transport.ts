// Wire format shared by every context. Errors cross the boundary as data and are rebuilt as
// Error objects on the other side, so `await send(...)` rejects with the handler's message.

export interface RequestEnvelope {
  channel: 'paperlens';
  type: string;
  payload: unknown;
}

export type ResponseEnvelope = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  const v = value as Partial<RequestEnvelope> | null;
  return typeof v === 'object' && v !== null && v.channel === 'paperlens' && typeof v.type === 'string';
}

/**
 * Drops the fields whose value is undefined, in place, at any depth (undefined in an array turns
 * null), as a JSON round trip would. Chrome with structured clones and Firefox deliver them:
 * `{ status: undefined }` would otherwise read as "set the status to nothing" where a handler
 * merges the fields it is given. Returns `value`.
 */
export function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) value[i] = null;
      else if (typeof value[i] === 'object') dropUndefined(value[i]);
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else if (typeof record[key] === 'object') dropUndefined(record[key]);
    }
  }
  return value;
}

export class MessageError extends Error {
  override name = 'MessageError';
}

export function toErrorEnvelope(error: unknown): ResponseEnvelope {
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, error: { name: e.name, message: e.message } };
}

export function unwrapResponse(type: string, response: unknown): unknown {
  const r = response as ResponseEnvelope | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) {
    throw new MessageError(`messages: no answer to "${type}" (is the background running?)`);
  }
  if (r.ok) return r.value;
  const error = new MessageError(r.error.message);
  error.name = r.error.name;
  throw error;
}

// A message sent while a stopped service worker starts again can fail before it is delivered
// ("Could not establish connection. Receiving end does not exist."). Not delivered means not
// handled, so sending it once more is safe for every message.
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;

/** Sends with `post`, once more after `retryMs` if the first attempt was not delivered. */
export async function deliver(post: (message: unknown) => Promise<unknown>, message: unknown, retryMs = 150) {
  try {
    return await post(message);
  } catch (error) {
    if (!(error instanceof Error) || !NOT_DELIVERED.test(error.message)) throw error;
    await new Promise((done) => setTimeout(done, retryMs));
    return post(message);
  }
}

/**
 * `pending` (a message in flight), failing as `isExtensionGone` says once `isGone()` does. Chrome
 * settles no message in flight when the extension goes away under a content script (reloaded,
 * updated, removed): one posted as it goes never answers nor fails, and whoever waits on it (the
 * page's scan queue) would wait for ever. `isGone` is checked every `pollMs` while it waits.
 */
export function unlessGone<T>(pending: Promise<T>, isGone: () => boolean, pollMs = 250): Promise<T> {
  let timer: ReturnType<typeof setInterval> | undefined;
  const gone = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (isGone()) reject(new Error('Extension context invalidated.'));
    }, pollMs);
  });
  return Promise.race([pending, gone]).finally(() => clearInterval(timer));
}

/** The extension was reloaded, updated or removed under a running content script: every message
 * from it fails from now on. */
export function isExtensionGone(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated/i.test(error.message);
}
