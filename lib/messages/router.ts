import {
  type BackgroundHandlers,
  type BackgroundType,
  CONTENT_SCRIPT_TYPES,
  type MessageSource,
  type RequestOf,
  type TabMessages,
  type TabType,
} from './contract';
import { checkPayload } from './payloads';
import { dropUndefined, isRequestEnvelope, MessageError, type ResponseEnvelope, toErrorEnvelope } from './transport';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** 0 for a tab's page, another number for an iframe in it. */
  frameId?: number;
  /** Chrome only: which document sent it, and whether it is still the one its tab shows. */
  documentId?: string;
  documentLifecycle?: string;
}

export interface RouterOptions {
  /** This extension's id (`browser.runtime.id`). */
  extensionId: string;
  /** This extension's origin, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

/** Only this extension's own pages and its content scripts may talk to the background. */
export function checkSender(sender: SenderInfo, options: RouterOptions): MessageSource {
  if (sender.id !== options.extensionId) {
    throw new MessageError(`messages: rejected a message from another extension or page (${sender.id ?? 'no id'})`);
  }
  const fromOwnPage = sender.url?.startsWith(options.extensionOrigin) ?? false;
  const fromContentScript = sender.tab?.id !== undefined;
  if (!fromOwnPage && !fromContentScript) {
    throw new MessageError(`messages: rejected a message from an unknown sender (${sender.url ?? 'no url'})`);
  }
  const from: MessageSource = { tabId: fromOwnPage ? undefined : sender.tab?.id, url: sender.tab?.url ?? sender.url };
  // Passed on for a content script's page/report, whose document may be gone (tab-state: isStale).
  if (!fromOwnPage && typeof sender.documentId === 'string') from.documentId = sender.documentId;
  if (!fromOwnPage && typeof sender.documentLifecycle === 'string') from.documentLifecycle = sender.documentLifecycle;
  if (!fromOwnPage && typeof sender.frameId === 'number') from.frameId = sender.frameId;
  return from;
}

/** Handle one raw message: check the sender and the type, run the handler, wrap the result. */
export async function dispatch(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: SenderInfo,
  options: RouterOptions,
): Promise<ResponseEnvelope> {
  try {
    if (!isRequestEnvelope(message)) throw new MessageError('messages: not a PaperLens message');
    const from = checkSender(sender, options);
    if (!Object.hasOwn(handlers, message.type)) {
      throw new MessageError(`messages: unknown message type "${message.type}"`);
    }
    if (from.tabId !== undefined && !CONTENT_SCRIPT_TYPES.has(message.type as BackgroundType)) {
      throw new MessageError(`messages: a content script may not send "${message.type}"`);
    }
    const handler = handlers[message.type as keyof BackgroundHandlers] as (
      p: unknown,
      s: typeof from,
    ) => Promise<unknown>;
    const payload = dropUndefined(message.payload) ?? {};
    checkPayload(message.type as BackgroundType, payload);
    const value = await handler(payload, from);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}

export type TabHandlers = {
  [K in TabType]: (payload: RequestOf<TabMessages, K>) => Promise<TabMessages[K][1]>;
};

/** Content-script side: answer the tab messages it knows, reject the others. */
export async function dispatchInTab(handlers: TabHandlers, message: unknown): Promise<ResponseEnvelope> {
  try {
    if (!isRequestEnvelope(message)) throw new MessageError('messages: not a PaperLens message');
    if (!Object.hasOwn(handlers, message.type)) {
      throw new MessageError(`messages: unknown tab message type "${message.type}"`);
    }
    const handler = handlers[message.type as TabType] as (p: unknown) => Promise<unknown>;
    return { ok: true, value: (await handler(dropUndefined(message.payload) ?? {})) ?? null };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
