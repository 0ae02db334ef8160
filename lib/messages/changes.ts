// "Something the user made changed" (settings, lists, dismissals), announced by the background
// to the extension's own pages. Content scripts hear it through tab/refresh-marks instead:
// tabs.sendMessage does not reach an extension page open in a tab (the options page), and a
// BroadcastChannel reaches every page of the extension's origin, the service worker included.

const CHANNEL = 'paperlens-changes';
const MESSAGE = 'changed';

let sender: BroadcastChannel | undefined;

/** Tell every open extension page (options, popup) to read its data again. */
export function announceChange(): void {
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage(MESSAGE);
}

/** Call `listener` after each announced change; returns the function that stops listening. */
export function onChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === MESSAGE) listener();
  };
  return () => channel.close();
}
