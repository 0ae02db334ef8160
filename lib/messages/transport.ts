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
