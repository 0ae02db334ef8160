// Build the Firefox add-on and run Mozilla's linter (web-ext lint) on it.
// Fails on any error, and on any warning that is not explained in KNOWN_WARNINGS below.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = process.env.PAPERLENS_OUT_DIR ?? '.output';
const sourceDir = join(root, outDir, 'firefox-mv3');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Warnings we accept, each with the reason. Anything else fails the lint. */
const KNOWN_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer supports `dangerouslySetInnerHTML`; PaperLens never uses it (only
    // Preact components, no HTML strings), so the bundled assignment never runs on our data.
    matches: (w) => /innerHTML/.test(w.message) && /^(content-scripts|chunks)\//.test(w.file ?? ''),
  },
];

if (!process.argv.includes('--no-build')) {
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'inherit' });
}

let raw;
try {
  raw = execFileSync(bin('web-ext'), ['lint', '--source-dir', sourceDir, '--output', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  raw = error.stdout;
  if (!raw) throw new Error(`lint-firefox: web-ext lint failed to run (${error.message})`);
}
const report = JSON.parse(raw);
const show = (w) => `  ${w.code} ${w.file ?? ''}${w.line ? `:${w.line}` : ''}: ${w.message}`;
const unexplained = report.warnings.filter((w) => !KNOWN_WARNINGS.some((k) => k.code === w.code && k.matches(w)));
const explained = report.warnings.length - unexplained.length;

console.log(
  `lint-firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${explained} known), ${report.notices.length} notices`,
);
for (const e of report.errors) console.log(`error${show(e)}`);
for (const w of unexplained) console.log(`warning${show(w)}`);
for (const n of report.notices) console.log(`notice${show(n)}`);
if (report.errors.length || unexplained.length) process.exit(1);
