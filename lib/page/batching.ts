// How a scan hands the page's text to the background (see PageScanner.scan).
import { SCAN_LIMITS } from '../detect/types';
import type { BatchLimit } from './segments';

// After the walk, the text goes to the background in batches of about this many characters or
// blocks (the background takes up to 5,000 blocks), and links in batches of about this many (it
// takes up to 20,000). A batch costs the page about 5 ms per MB to send, in one task. Batches of
// 200,000 characters, sent as the walk filled them, made the background search while the page
// walked: on a 2-core machine the two took turns on the cores. And on a large page each answer's
// marks cost a frame that prepares the paint of the whole page again (see docs/bench.md), 25 of
// them on the 5 MB page. Walked whole first, in batches of up to 1 MB, the page's thread took
// 64 -> 40 ms on the 1 MB bench page and 225 -> 167 on 5 MB (interleaved A/B, median of 7), and
// the marks came as soon as before.
export const BATCH: BatchLimit = { chars: 1_000_000, blocks: SCAN_LIMITS.blocks, links: 2_000 };
// Requests in flight at once: the background searches the next batch while the page shows the
// answer to one. With one at a time it waited for each round trip (~20 ms), and the marks of the
// 5 MB page came 0.6 s later.
export const IN_FLIGHT = 2;
// A batch holds whole blocks: one a little longer than the background's limit cannot be sent.
export const MAX_BLOCK_CHARS = SCAN_LIMITS.chars - BATCH.chars;
