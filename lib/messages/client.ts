import { browser } from 'wxt/browser';
import type { BackgroundMessages, BackgroundType, RequestOf, ResponseOf, TabMessages, TabType } from './contract';
import { deliver, type RequestEnvelope, unlessGone, unwrapResponse } from './transport';

/** Ask the background. Rejects with the background's error message when the handler fails. */
export async function send<K extends BackgroundType>(
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  const envelope: RequestEnvelope = { channel: 'paperlens', type, payload };
  // runtime.id goes once the extension is gone (what WXT's ctx.isInvalid checks).
  const post = (message: unknown) =>
    unlessGone(browser.runtime.sendMessage(message), () => browser.runtime?.id == null);
  const response = await deliver(post, envelope);
  return unwrapResponse(type, response) as ResponseOf<BackgroundMessages, K>;
}

/** Which of a tab's documents a message is for: a frame (0: the tab's page), or one document
 * (Chrome 106+). Without either, every frame's content script hears it, and the first answer wins. */
export interface TabTarget {
  frameId?: number;
  documentId?: string;
}

/** Tell a tab's content script. Rejects when the tab (or the target) has no PaperLens content script. */
export async function sendToTab<K extends TabType>(
  tabId: number,
  type: K,
  payload: RequestOf<TabMessages, K>,
  target?: TabTarget,
): Promise<ResponseOf<TabMessages, K>> {
  const envelope: RequestEnvelope = { channel: 'paperlens', type, payload };
  // (The polyfill's types know frameId only; Chrome takes documentId too.)
  const response = await browser.tabs.sendMessage(tabId, envelope, target as { frameId?: number });
  return unwrapResponse(type, response) as ResponseOf<TabMessages, K>;
}
