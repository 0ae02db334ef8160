import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupToJson, toBackup } from '../../../lib/export/backup';
import { type MergePlan, mergeSettings, planMerge } from '../../../lib/export/merge';
import { ImportError, parseBackup } from '../../../lib/export/parse-backup';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { DATA, SETTINGS } from './data.fixture';

const NOW = new Date('2024-05-01T10:00:00.000Z');
const backup = toBackup(DATA, NOW);
const json = backupToJson(backup);
const SNAPSHOT = backup.entries.findIndex((e) => e.snapshot);

const nth = <T>(items: T[], i: number): T => {
  const item = items[i];
  if (item === undefined) throw new Error(`test: no item ${i}`);
  return item;
};

/** A valid backup file with one part replaced. */
const edited = (edit: (b: Record<string, unknown> & Backup) => void): string => {
  const copy = JSON.parse(json);
  edit(copy);
  return JSON.stringify(copy);
};

const importError = (text: string): string => {
  try {
    parseBackup(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).message;
  }
  throw new Error('expected parseBackup to throw');
};

describe('toBackup / backupToJson', () => {
  it('writes the header and sorts records', () => {
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(backup.lists.map((l) => l.name)).toEqual(['To read', 'Feature matching']);
    expect(backup.entries.map((e) => e.id)).toEqual([
      'l-toread|arxiv:1905.00537',
      'l-toread|arxiv:9999.00001',
      'l-match|arxiv:1911.11763',
      'l-match|arxiv:2306.13643',
    ]);
  });

  it('uses a stable key order and 2-space indent, whatever order the input keys had', () => {
    expect(
      json.startsWith(
        '{\n  "format": "paperlens-backup",\n  "version": 2,\n  "exportedAt": "2024-05-01T10:00:00.000Z",\n  "lists": [\n    {\n      "id": "l-toread",\n      "name": "To read",',
      ),
    ).toBe(true);
    const shuffled = {
      ...DATA,
      lists: DATA.lists.map(({ order, name, createdAt, id }) => ({ order, name, createdAt, id })),
    };
    expect(backupToJson(toBackup(shuffled, NOW))).toBe(json);
  });
});

describe('parseBackup rejects malformed files with the exact cause', () => {
  it.each([
    ['an empty file', '  \n', 'import: the file is empty'],
    ['not JSON', 'PaperLens lists', 'import: the file is not valid JSON: it starts with "PaperLens lists"'],
    [
      'a long text file',
      'not json at all, just a note about papers\n',
      'import: the file is not valid JSON: it starts with "not json at all, just a…"',
    ],
    [
      'bad JSON in the middle',
      '{\n  "format": "paperlens-backup",\n  "version" 1\n}',
      'import: the file is not valid JSON: Unexpected number at line 3, column 13 (position 46)',
    ],
    [
      'text after the JSON',
      '{"format": "paperlens-backup"}\n} junk',
      'import: the file is not valid JSON: Unexpected non-whitespace character after JSON at line 2, column 1 (position 31)',
    ],
    ['truncated JSON', json.slice(0, 200), 'import: the file is not valid JSON: it ends too early (truncated?)'],
    [
      'a PNG (its bytes read as text)',
      '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
      'import: the file is not text (an image, archive or PDF?); a PaperLens backup is a .json file',
    ],
    [
      'control characters at the start',
      '\u0007\u001bPaperLens',
      'import: the file is not valid JSON: it starts with "??PaperLens"',
    ],
    [
      'truncated inside a string',
      json.slice(0, json.indexOf('To read') + 3),
      'import: the file is not valid JSON: it ends too early (truncated?)',
    ],
    [
      'a JSON array (CSL-JSON from a reference manager)',
      '[{"id": "sarlin2020", "type": "article-journal", "title": "SuperGlue"}]',
      'import: not a PaperLens backup: the file holds a JSON array, as exports of other tools such as CSL-JSON do; PaperLens imports the JSON backups it writes',
    ],
    ['a JSON string', '"backup"', 'import: expected a JSON object at the top level, got "backup"'],
    [
      'no format',
      edited((b) => {
        delete (b as Partial<Backup>).format;
      }),
      'import: not a PaperLens backup (no "format" field)',
    ],
    [
      'the wrong format',
      edited((b) => {
        b.format = 'zotero' as typeof BACKUP_FORMAT;
      }),
      'import: not a PaperLens backup (format is "zotero", expected "paperlens-backup")',
    ],
    [
      'a newer version',
      edited((b) => {
        b.version = 3;
      }),
      'import: backup version 3 is newer than this PaperLens supports (2)',
    ],
    [
      'a version string',
      edited((b) => {
        b.version = '1' as unknown as number;
      }),
      'import: version: expected a positive whole number, got "1"',
    ],
    [
      'a bad status',
      edited((b) => {
        (b.entries[3] as unknown as { status: string }).status = 'done';
      }),
      'import: entries[3].status (paper "arxiv:2306.13643" in the list "Feature matching"): expected one of to-read, reading, read, got "done"',
    ],
    [
      'a list name longer than the app allows',
      edited((b) => {
        (b.lists[0] as { name: string }).name = 'x'.repeat(300);
      }),
      'import: lists[0].name: expected a list name of at most 80 characters, got 300',
    ],
    [
      'a note longer than the app allows',
      edited((b) => {
        (b.entries[2] as { note: string }).note = 'n'.repeat(60_000);
      }),
      'import: entries[2].note (paper "arxiv:1911.11763" in the list "Feature matching"): expected a note of at most 5000 characters, got 60000',
    ],
    [
      'a settings value the app has no such option for',
      edited((b) => {
        (b.settings as unknown as { theme: string }).theme = 'neon';
      }),
      'import: settings.theme: expected auto, light or dark, got "neon"',
    ],
    [
      'a site rule that can never match a site',
      edited((b) => {
        (b.settings as { siteRules: Array<{ pattern: string }> }).siteRules[1] = {
          pattern: 'not a site!',
          mode: 'off',
        } as never;
      }),
      'import: settings.siteRules[1].pattern: expected a site such as example.org or *.example.org',
    ],
    [
      'a hover delay out of range',
      edited((b) => {
        (b.settings as { hoverDelay: number }).hoverDelay = 99_999;
      }),
      'import: settings.hoverDelay: expected at most 2000 ms, got 99999',
    ],
    [
      'a snapshot title of two million characters',
      edited((b) => {
        const snapshot = b.entries[SNAPSHOT]?.snapshot;
        if (snapshot) snapshot.title = 't'.repeat(2_000_000);
      }),
      `import: entries[${SNAPSHOT}].snapshot.title (paper "arxiv:9999.00001" in the list "To read"): expected a title of at most 2000 characters, got 2000000`,
    ],
    [
      'a snapshot author name longer than any name',
      edited((b) => {
        const snapshot = b.entries[SNAPSHOT]?.snapshot;
        if (snapshot) snapshot.authors = ['Jane Doe', 'a'.repeat(5000)];
      }),
      `import: entries[${SNAPSHOT}].snapshot.authors[1] (the paper "A Withdrawn Paper [draft]" in the list "To read"): expected a name of at most 200 characters, got 5000`,
    ],
    [
      'more snapshot authors than any paper has',
      edited((b) => {
        const snapshot = b.entries[SNAPSHOT]?.snapshot;
        if (snapshot) snapshot.authors = Array.from({ length: 5001 }, (_, i) => `Author ${i}`);
      }),
      `import: entries[${SNAPSHOT}].snapshot.authors (the paper "A Withdrawn Paper [draft]" in the list "To read"): expected at most 5000 names, got 5001`,
    ],
    [
      'a snapshot link of a megabyte',
      edited((b) => {
        const snapshot = b.entries[SNAPSHOT]?.snapshot;
        if (snapshot) snapshot.links.arxiv = `https://arxiv.org/abs/${'9'.repeat(1_000_000)}`;
      }),
      `import: entries[${SNAPSHOT}].snapshot.links.arxiv (the paper "A Withdrawn Paper [draft]" in the list "To read"): expected a link of at most 2000 characters, got 1000022`,
    ],
    [
      'a dismissal site longer than a host can be',
      edited((b) => {
        const site = `${'a'.repeat(60)}.`.repeat(5);
        b.dismissals[0] = { ...nth(b.dismissals, 0), site, id: `${site}|arxiv:1905.00537` };
      }),
      'import: dismissals[0].site (paper "arxiv:1905.00537", hidden): expected a site of at most 253 characters, got 305',
    ],
    [
      'a paper id of a megabyte',
      edited((b) => {
        const paperId = `arxiv:${'1'.repeat(1_000_000)}`;
        b.dismissals[0] = { ...nth(b.dismissals, 0), paperId, id: `news.ycombinator.com|${paperId}` };
      }),
      'import: dismissals[0].id (paper "arxiv:11111111111111111111111111111111111111111111111111111…" hidden on "news.ycombinator.com"): expected an id of at most 601 characters, got 1000027 (and 1 more problem)',
    ],
    [
      'more entries than anyone keeps, counted before they are checked',
      edited((b) => {
        b.entries = Array.from({ length: 100_001 }, () => 'x') as never;
      }),
      'import: entries: expected at most 100000 entries, got 100001',
    ],
    [
      'too many lists',
      edited((b) => {
        b.lists = Array.from({ length: 10_001 }, () => ({})) as never;
      }),
      'import: lists: expected at most 10000 lists, got 10001',
    ],
    [
      'too many dismissals',
      edited((b) => {
        b.dismissals = Array.from({ length: 100_001 }, () => null) as never;
      }),
      'import: dismissals: expected at most 100000 dismissals, got 100001',
    ],
    [
      'a missing field',
      edited((b) => {
        delete (b.entries[1] as Partial<Backup['entries'][number]>).note;
      }),
      'import: entries[1].note (the paper "A Withdrawn Paper [draft]" in the list "To read"): missing',
    ],
    [
      'a wrong type',
      edited((b) => {
        (b.lists[0] as unknown as { order: string }).order = 'first';
      }),
      'import: lists[0].order (the list "To read"): expected a number, got "first"',
    ],
    [
      'an empty list name',
      edited((b) => {
        (b.lists[1] as { name: string }).name = '   ';
      }),
      'import: lists[1].name: expected a non-empty list name',
    ],
    [
      'a list name of zero-width spaces',
      edited((b) => {
        (b.lists[1] as { name: string }).name = '\u200b\u200b';
      }),
      'import: lists[1].name: expected a list name that shows something (not only invisible characters)',
    ],
    [
      'a negative date',
      edited((b) => {
        (b.dismissals[0] as { createdAt: number }).createdAt = -5;
      }),
      'import: dismissals[0].createdAt (paper "arxiv:1905.00537" hidden on "news.ycombinator.com"): expected a date at or after 1970, got -5',
    ],
    [
      'an infinite date',
      json.replace('"addedAt": 1700000000000', '"addedAt": 1e999'),
      'import: entries[0].addedAt (paper "arxiv:1905.00537" in the list "To read"): expected a finite number, got Infinity',
    ],
    [
      'a bad exportedAt',
      edited((b) => {
        b.exportedAt = 'yesterday';
      }),
      'import: exportedAt: expected an ISO date string',
    ],
    [
      'a dangling list reference',
      edited((b) => {
        b.entries[2] = { ...nth(b.entries, 2), listId: 'l-gone', id: 'l-gone|arxiv:1911.11763' };
      }),
      'import: entries[2].listId (paper "arxiv:1911.11763"): list "l-gone" is not in the file',
    ],
    [
      // Its list changed by hand, its id not: the list is what is wrong.
      'an entry moved to a list the file lacks',
      edited((b) => {
        nth(b.entries, 2).listId = 'nope';
      }),
      'import: entries[2].listId (paper "arxiv:1911.11763"): list "nope" is not in the file',
    ],
    [
      'an entry id that does not match',
      edited((b) => {
        nth(b.entries, 0).id = 'e1';
      }),
      'import: entries[0].id (paper "arxiv:1905.00537" in the list "To read"): expected "l-toread|arxiv:1905.00537" (listId|paperId), got "e1"',
    ],
    [
      'a duplicate list id',
      edited((b) => {
        b.lists[1] = { ...nth(b.lists, 1), id: 'l-toread' };
        b.entries = b.entries.filter((e) => e.listId !== 'l-match');
      }),
      'import: lists[1].id (the list "Feature matching"): duplicate id "l-toread" (also lists[0])',
    ],
    [
      'a duplicate entry',
      edited((b) => {
        b.entries.push({ ...nth(b.entries, 0) });
      }),
      'import: entries[4].id (paper "arxiv:1905.00537" in the list "To read"): duplicate id "l-toread|arxiv:1905.00537" (also entries[0])',
    ],
    [
      'a javascript: link in a paper snapshot',
      edited((b) => {
        const snapshot = b.entries[SNAPSHOT]?.snapshot;
        if (snapshot) snapshot.links.code = 'javascript:alert(1)';
      }),
      `import: entries[${SNAPSHOT}].snapshot.links.code (the paper "A Withdrawn Paper [draft]" in the list "To read"): expected an http(s) link`,
    ],
    [
      'several problems',
      edited((b) => {
        b.lists = 'none' as unknown as [];
        b.dismissals = {} as unknown as [];
      }),
      'import: lists: expected an array, got "none" (and 1 more problem)',
    ],
  ])('%s', (_name, text, message) => {
    expect(importError(text)).toBe(message);
  });

  it('brings a site written with the root dot (an older backup) in under the site without it', () => {
    const hidden = (site: string, paperId: string, createdAt: number) => ({
      id: `${site}|${paperId}`,
      site,
      paperId,
      createdAt,
    });
    const old = edited((b) => {
      b.dismissals = [
        hidden('example.org.', 'arxiv:1', 5),
        hidden('example.org', 'arxiv:1', 9),
        hidden('example.org.', 'arxiv:2', 7),
      ];
    });
    expect(parseBackup(old).dismissals).toEqual([
      hidden('example.org', 'arxiv:1', 5),
      hidden('example.org', 'arxiv:2', 7),
    ]);
  });

  it('accepts the valid file and drops unknown fields', () => {
    const withExtra = edited((b) => {
      b.extra = true;
      (b.lists[0] as unknown as Record<string, unknown>).color = 'red';
    });
    const parsed = parseBackup(withExtra);
    expect(parsed).toEqual(backup);
  });
});

describe('planMerge', () => {
  const empty = { lists: [], entries: [], dismissals: [], settings: DEFAULT_SETTINGS };
  const summaryOf = (counts: Partial<MergePlan['summary']>) => ({
    listsAdded: 0,
    entriesAdded: 0,
    entriesUpdated: 0,
    dismissalsAdded: 0,
    settingsRestored: true,
    siteRulesAdded: 0,
    unknownPapers: 0,
    ...counts,
  });

  it('counts the new entries of papers the catalog does not have, and keeps them', () => {
    const parsed = parseBackup(json);
    const first = parsed.entries[0]?.paperId as string;
    const plan = planMerge(empty, parsed, (paperId) => paperId !== first);
    const unknown = parsed.entries.filter((e) => e.paperId === first).length;
    expect(unknown).toBeGreaterThan(0);
    expect(plan.summary.unknownPapers).toBe(unknown);
    expect(plan.entriesToPut).toHaveLength(parsed.entries.length);
    // Imported again: nothing new, so nothing to say of them.
    const again = planMerge(
      { lists: plan.listsToPut, entries: plan.entriesToPut, dismissals: [], settings: DEFAULT_SETTINGS },
      parsed,
      (paperId) => paperId !== first,
    );
    expect(again.summary.unknownPapers).toBe(0);
  });

  it('round-trips: backup -> JSON -> parse -> merge into empty -> backup gives identical data', () => {
    const plan = planMerge(empty, parseBackup(json));
    expect(plan.summary).toEqual(summaryOf({ listsAdded: 2, entriesAdded: 4, dismissalsAdded: 1, siteRulesAdded: 2 }));
    const restored = {
      lists: plan.listsToPut,
      entries: plan.entriesToPut,
      dismissals: plan.dismissalsToPut,
      settings: plan.settingsToPut,
    };
    expect(toBackup(restored, NOW)).toEqual(backup);
    expect(backupToJson(toBackup(restored, NOW))).toBe(json);
  });

  it('keeps every link of a snapshot, OpenReview included, through export and import', () => {
    // syncCatalog snapshots a paper's links as the catalog has them; seven catalog papers have an
    // OpenReview forum, and one that leaves the catalog must not lose it in a backup.
    const links = {
      arxiv: 'https://arxiv.org/abs/9999.00001',
      pdf: 'https://arxiv.org/pdf/9999.00001',
      acl: 'https://aclanthology.org/2021.acl-long.1',
      doi: 'https://doi.org/10.1000/x',
      code: 'https://github.com/x/y',
      openreview: 'https://openreview.net/forum?id=SylzhkBtDB',
    };
    const entries = DATA.entries.map((e) => (e.snapshot ? { ...e, snapshot: { ...e.snapshot, links } } : e));
    const parsed = parseBackup(backupToJson(toBackup({ ...DATA, entries }, NOW)));
    expect(parsed.entries.find((e) => e.snapshot)?.snapshot?.links).toEqual(links);
  });

  it('adds nothing when the same backup is merged twice', () => {
    const first = planMerge(empty, parseBackup(json));
    const after = {
      lists: first.listsToPut,
      entries: first.entriesToPut,
      dismissals: first.dismissalsToPut,
      settings: first.settingsToPut ?? DEFAULT_SETTINGS,
    };
    const second = planMerge(after, parseBackup(json));
    expect(second).toEqual({
      listsToPut: [],
      entriesToPut: [],
      dismissalsToPut: [],
      settingsToPut: SETTINGS,
      summary: summaryOf({}),
    });
  });

  it('maps a list with the same name onto the stored one and appends new lists and entries', () => {
    const current = {
      lists: [
        { id: 'mine', name: 'to READ', createdAt: 5, order: 0 },
        { id: 'other', name: 'Other', createdAt: 6, order: 7 },
      ],
      entries: [
        {
          id: 'mine|arxiv:1905.00537',
          listId: 'mine',
          paperId: 'arxiv:1905.00537',
          status: 'reading' as const,
          note: '',
          addedAt: 1_800_000_000_000,
          order: 4,
        },
      ],
      dismissals: [],
      settings: DEFAULT_SETTINGS,
    };
    const plan = planMerge(current, parseBackup(json));
    expect(plan.listsToPut).toEqual([
      { id: 'l-match', name: 'Feature matching', createdAt: 1_700_000_100_000, order: 8 },
    ]);
    expect(plan.entriesToPut.map((e) => [e.id, e.order, e.status, e.note, e.addedAt])).toEqual([
      // Stored status (reading) is further along; the empty stored note takes the incoming one; earliest addedAt.
      ['mine|arxiv:1905.00537', 4, 'reading', 'Compare with "GLUE", later', 1_700_000_000_000],
      ['mine|arxiv:9999.00001', 5, 'to-read', '', 1_700_000_002_000],
      ['l-match|arxiv:1911.11763', 0, 'read', '', 1_700_000_000_000],
      ['l-match|arxiv:2306.13643', 1, 'reading', 'Adaptive depth.\nCompare to LoFTR', 1_700_000_001_000],
    ]);
    expect(plan.summary).toEqual(
      summaryOf({ listsAdded: 1, entriesAdded: 3, entriesUpdated: 1, dismissalsAdded: 1, siteRulesAdded: 2 }),
    );
  });

  it('puts a deleted list and a removed paper from an older backup of this profile back in their places', () => {
    // The backup: To read (0), Feature matching (1), Later (2); To read holds 1905, 2306, 9999.
    const later = { id: 'l-later', name: 'Later', createdAt: 1_700_000_200_000, order: 2 };
    const older = toBackup(
      {
        ...DATA,
        lists: [...DATA.lists, later],
        entries: [
          ...DATA.entries,
          { ...nth(DATA.entries, 0), id: 'l-toread|arxiv:2306.13643', listId: 'l-toread', order: 1 },
        ],
      },
      NOW,
    );
    // Since then: Feature matching deleted, 2306 removed from To read.
    const current = {
      lists: DATA.lists.filter((l) => l.id !== 'l-match').concat(later),
      entries: DATA.entries.filter((e) => e.listId === 'l-toread'),
      dismissals: [],
    };
    const plan = planMerge(current, parseBackup(backupToJson(older)));
    const lists = [...current.lists, ...plan.listsToPut].sort((a, b) => a.order - b.order);
    expect(lists.map((l) => l.name)).toEqual(['To read', 'Feature matching', 'Later']);
    const toRead = [...current.entries, ...plan.entriesToPut]
      .filter((e) => e.listId === 'l-toread')
      .sort((a, b) => a.order - b.order);
    expect(toRead.map((e) => e.paperId)).toEqual(['arxiv:1905.00537', 'arxiv:2306.13643', 'arxiv:9999.00001']);
    // The stored ones keep their orders: nothing of theirs is written.
    expect(plan.entriesToPut.map((e) => e.id).sort()).toEqual([
      'l-match|arxiv:1911.11763',
      'l-match|arxiv:2306.13643',
      'l-toread|arxiv:2306.13643',
    ]);
  });

  it('tidies list names and joins lists of the backup a name apart only in case, as the app would', () => {
    const incoming = toBackup(
      {
        ...DATA,
        lists: [
          { id: 'a', name: 'Foo', createdAt: 1, order: 0 },
          { id: 'b', name: 'foo', createdAt: 2, order: 1 },
          { id: 'c', name: '  Spaced   name ', createdAt: 3, order: 2 },
        ],
        entries: [
          { ...nth(DATA.entries, 0), id: 'a|arxiv:2306.13643', listId: 'a', note: '' },
          { ...nth(DATA.entries, 0), id: 'b|arxiv:2306.13643', listId: 'b', status: 'read', note: 'from b' },
          { ...nth(DATA.entries, 2), id: 'b|arxiv:1911.11763', listId: 'b' },
        ],
        dismissals: [],
      },
      NOW,
    );
    const empty = { lists: [], entries: [], dismissals: [], settings: DEFAULT_SETTINGS };
    const plan = planMerge(empty, parseBackup(backupToJson(incoming)));
    expect(plan.listsToPut.map((l) => [l.id, l.name])).toEqual([
      ['a', 'Foo'],
      ['c', 'Spaced name'],
    ]);
    // b's papers join a's: one already there is combined, a new one goes after a's (order 1).
    expect(plan.entriesToPut.map((e) => [e.id, e.status, e.note, e.order])).toEqual([
      ['a|arxiv:2306.13643', 'read', 'from b', 1],
      ['a|arxiv:1911.11763', 'read', '', 2],
    ]);
  });

  it('lets the incoming status win only when it is further along, and keeps both notes', () => {
    const stored = { ...nth(backup.entries, 0), status: 'to-read' as const, note: 'mine' };
    const incoming = toBackup(
      { ...DATA, entries: [{ ...nth(backup.entries, 0), status: 'read', note: 'theirs' }] },
      NOW,
    );
    const plan = planMerge({ lists: backup.lists, entries: [stored], dismissals: [] }, incoming);
    expect(plan.entriesToPut).toEqual([{ ...stored, status: 'read', note: 'mine\n\ntheirs' }]);
    expect(plan.summary.entriesUpdated).toBe(1);
    // Importing the same file again changes nothing: the stored note holds the incoming one.
    const again = planMerge({ lists: backup.lists, entries: plan.entriesToPut, dismissals: [] }, incoming);
    expect(again.entriesToPut).toEqual([]);
  });

  it('refuses a file whose notes would be too long together with the stored ones, naming the paper', () => {
    const stored = { ...nth(backup.entries, 0), note: 'x'.repeat(3000) };
    const incoming = toBackup({ ...DATA, entries: [{ ...nth(backup.entries, 0), note: 'y'.repeat(3000) }] }, NOW);
    expect(() => planMerge({ lists: backup.lists, entries: [stored], dismissals: [] }, incoming)).toThrow(
      `import: the notes of ${stored.paperId} would be over 5000 characters together with the ones already there; shorten one and import again`,
    );
  });
});

describe('settings in a backup', () => {
  it('takes the preferences, adds site rules for new sites only, and keeps a stored rule for the same site', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      theme: 'light' as const,
      siteRules: [
        { pattern: 'example.org', mode: 'on' as const },
        { pattern: 'News.Example.com', mode: 'off' as const },
      ],
    };
    const { settings, rulesAdded } = mergeSettings(stored, SETTINGS);
    expect(settings).toEqual({
      ...SETTINGS,
      siteRules: [
        { pattern: 'example.org', mode: 'on' },
        { pattern: 'News.Example.com', mode: 'off' },
        { pattern: '*.example.org', mode: 'off' },
      ],
    });
    expect(rulesAdded).toBe(1);
  });

  it('imports a version 1 file (no settings) without touching the stored settings', () => {
    const v1 = edited((b) => {
      b.version = 1;
      delete (b as Partial<Backup>).settings;
    });
    const parsed = parseBackup(v1);
    expect(parsed.settings).toBeUndefined();
    const plan = planMerge({ lists: [], entries: [], dismissals: [], settings: DEFAULT_SETTINGS }, parsed);
    expect(plan.settingsToPut).toBeUndefined();
    expect(plan.summary.settingsRestored).toBe(false);
  });
});
