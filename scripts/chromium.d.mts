export const HEADLESS_FLAGS: string[];
export function findBrowser(): string | null;
export const NO_BROWSER: string;
