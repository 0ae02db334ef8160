/** `promise`'s value if it settles within `ms`, else (or if it fails) `fallback`. The popover waits
 * this long for a paper's details so that it opens with them, but not for a service worker that
 * has to start first (it then opens at once, saying it is loading, and fills in). */
export function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
