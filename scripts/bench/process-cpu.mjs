// CPU time of the extension's own process (where its service worker runs), read from /proc:
// since the page sends its text there, the bench reports that cost next to the page's. Linux
// only; elsewhere the figures are NaN.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const LINUX = existsSync('/proc/self/stat');

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

function allPids() {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** Browser processes started by this Node process. */
export function childBrowsers() {
  if (!LINUX) return new Set();
  return new Set(allPids().filter((pid) => parentOf(pid) === process.pid));
}

function descendants(root) {
  const children = new Map();
  for (const pid of allPids()) {
    const parent = parentOf(pid);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(pid);
  }
  const out = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      stack.push(child);
    }
  }
  return out;
}

/** Milliseconds of CPU used so far by every thread of the browser's extension processes. */
export function extensionCpuMs(browserPid) {
  if (!LINUX || browserPid === undefined) return Number.NaN;
  let ns = 0;
  for (const pid of descendants(browserPid)) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('--extension-process')) continue;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  }
  return ns / 1e6;
}
