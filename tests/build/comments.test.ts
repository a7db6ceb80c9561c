/**
 * Comment snapshots through the production build: one fixture site (articles with 0, 1 and 500
 * comments, one whose comments are the XSS corpus, one with a hostile title and hostile comment
 * ids) built once and read as HTML, and bad snapshots that stop the build at the content check,
 * leaving the previous `dist/` untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCommentBody } from '../../src/lib/comments/render';
import type { Comment, CommentSnapshot } from '../../src/schemas/comments';
import {
  article,
  buildSite,
  PROJECT_ROOT,
  writeFixture,
  type BuiltSite,
} from '../helpers/build-site';

const LINK_REL = 'nofollow ugc noopener noreferrer';

// ---------------------------------------------------------------------------------------------
// The fixture: five articles, four snapshots.

const EMPTY = 'senza-commenti';
const SINGLE = 'un-commento';
const BIG = 'discussione-lunga';
const HOSTILE = 'commenti-ostili';

const snapshot = (slug: string, comments: Comment[]): string =>
  `${JSON.stringify({ version: 1, article: slug, source: 'legacy', comments } satisfies CommentSnapshot, null, 2)}\n`;

const SINGLE_COMMENT: Comment = {
  id: 'unico',
  parent: null,
  author: 'Paola',
  date: '2019-01-11T09:00:00Z',
  body: 'L’unico commento di questo articolo.',
};

/** Reply chain 0 → 6 deep: display depth stops at 4. */
const DEEP = Array.from({ length: 7 }, (_, depth) => `profondo-${depth}`);
/** A thread whose replies must come out oldest first, whatever the file order. */
const ORDERED = Array.from({ length: 5 }, (_, i) => `ordine-r${i + 1}`);
const DELETED_BODY = 'Testo rimosso dalla moderazione';
const SPAM_BODY = 'Compra follower a poco prezzo';

const minutes = (iso: string, n: number): string =>
  new Date(Date.parse(iso) + n * 60_000).toISOString();

/** The special cases, top-level threads all dated in 2018 so none of them is folded. */
function specialComments(): Comment[] {
  const at = (n: number) => minutes('2018-03-01T09:00:00Z', n);
  return [
    ...DEEP.map((id, depth): Comment => ({
      id,
      parent: depth === 0 ? null : (DEEP[depth - 1] ?? null),
      author: `Lettore ${depth}`,
      date: at(depth),
      body: `Risposta di profondità ${depth}.`,
    })),
    {
      id: 'eliminato-con-risposte',
      parent: null,
      author: 'Rimosso',
      date: at(100),
      body: DELETED_BODY,
      status: 'deleted',
    },
    {
      id: 'risposta-a-eliminato-1',
      parent: 'eliminato-con-risposte',
      author: 'Ugo',
      date: at(101),
      body: 'Rispondo comunque.',
    },
    {
      id: 'risposta-a-eliminato-2',
      parent: 'eliminato-con-risposte',
      author: 'Ada',
      date: at(102),
      body: 'Anch’io.',
    },
    {
      id: 'eliminato-solo',
      parent: null,
      author: 'Rimosso',
      date: at(110),
      body: DELETED_BODY,
      status: 'deleted',
    },
    {
      id: 'spam-principale',
      parent: null,
      author: 'Venditore',
      date: at(120),
      body: SPAM_BODY,
      status: 'spam',
    },
    // The instants are written with other offsets: the page shows them in Rome time.
    {
      id: 'estate',
      parent: null,
      author: 'Estiva',
      date: '2018-07-04T06:30:00-02:00',
      body: 'Scritto d’estate.',
    },
    {
      id: 'spam-in-risposta',
      parent: 'estate',
      author: 'Venditore',
      date: '2018-07-04T09:00:00Z',
      body: SPAM_BODY,
      status: 'spam',
    },
    {
      id: 'risposta-allo-spam',
      parent: 'spam-in-risposta',
      author: 'Ignara',
      date: '2018-07-04T09:30:00Z',
      body: 'Non ci casco.',
    },
    {
      id: 'inverno',
      parent: null,
      author: 'Invernale',
      date: '2018-01-15T17:05:00Z',
      body: 'Scritto d’inverno.',
    },
    { id: 'anonimo', parent: null, date: at(130), body: 'Nessuno sa chi sono.' },
    {
      id: 'senza-data',
      parent: 'anonimo',
      author: 'Senza tempo',
      body: 'Non so quando l’ho scritto.',
    },
    { id: 'ordine', parent: null, author: 'Apre', date: at(140), body: 'Chi risponde per primo?' },
    ...ORDERED.map((id, i): Comment => ({
      id,
      parent: 'ordine',
      author: `Risponde ${i + 1}`,
      date: at(141 + i),
      body: `Risposta numero ${i + 1}.`,
    })),
  ];
}

/** 500 comments: the special cases, then 55 threads in 2019 (January to September, both offsets) with replies. */
function bigDiscussion(): Comment[] {
  const comments = specialComments();
  const threads = 55;
  const replies = 500 - comments.length - threads;
  for (let t = 0; t < threads; t += 1) {
    const root = `filo-${t}`;
    const start = new Date(Date.UTC(2019, 0, 1, 9) + t * 5 * 86_400_000).toISOString();
    comments.push({
      id: root,
      parent: null,
      author: `Autore ${t}`,
      date: start,
      body: `Apertura del filo ${t}.`,
    });
    const count = Math.floor(replies / threads) + (t < replies % threads ? 1 : 0);
    for (let r = 0; r < count; r += 1) {
      // Every third reply answers the reply before it, so filler threads nest too.
      const parent = r % 3 === 2 ? `${root}-r${r - 1}` : root;
      comments.push({
        id: `${root}-r${r}`,
        parent,
        author: `Replica ${r}`,
        date: minutes(start, 11 * (r + 1)),
        body: `Risposta ${r} nel filo ${t}.`,
      });
    }
  }
  // Written newest first, as the legacy dumps are: replies even come before their parents.
  return comments.reverse();
}

/** Payloads from the corpus file: `\n` and `\t` unescaped, comments and blanks skipped. */
const PAYLOADS = readFileSync(new URL('../fixtures/xss/payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));

/** Every payload as body and author. */
const HOSTILE_COMMENTS = PAYLOADS.map((payload, i): Comment => ({
  id: `xss-${i}`,
  parent: null,
  author: payload,
  date: '2019-02-01T10:00:00Z',
  body: payload,
}));

/**
 * A title that tries to end the JSON-LD `<script>` early and ids that try to break out of `id`
 * and `href`, in an article of their own: inside a quoted attribute (`og:title`, `id`)
 * `<script>` is inert, but the raw bytes read `<script`, so this page is checked as parsed.
 */
const BREAKOUT = 'tentativi-di-evasione';
const BREAKOUT_TITLE = 'Titolo con </script><script>alert(1)</script> dentro';
const BREAKOUT_IDS = ['x"><script>alert(1)</script>', "x' onmouseover='alert(1)"];

const BIG_COMMENTS = bigDiscussion();

const FILES = {
  [`articles/${EMPTY}.md`]: article({
    title: 'Un articolo senza commenti',
    date: '10 Gennaio 2019',
  }),
  [`articles/${SINGLE}.md`]: article({
    title: 'Un articolo con un commento',
    date: '11 Gennaio 2019',
  }),
  [`articles/${BIG}.md`]: article({ title: 'Una discussione lunga', date: '12 Gennaio 2019' }),
  [`articles/${HOSTILE}.md`]: article({ title: 'Commenti ostili', date: '13 Gennaio 2019' }),
  [`comments/${SINGLE}.json`]: snapshot(SINGLE, [SINGLE_COMMENT]),
  [`comments/${BIG}.json`]: snapshot(BIG, BIG_COMMENTS),
  [`comments/${HOSTILE}.json`]: snapshot(HOSTILE, HOSTILE_COMMENTS),
  [`articles/${BREAKOUT}.md`]: article({
    title: JSON.stringify(BREAKOUT_TITLE),
    date: '14 Gennaio 2019',
  }),
  [`comments/${BREAKOUT}.json`]: snapshot(
    BREAKOUT,
    BREAKOUT_IDS.map((id): Comment => ({
      id,
      parent: null,
      body: 'Un commento con un id ostile.',
    })),
  ),
};

// ---------------------------------------------------------------------------------------------
// Reading the output.

let site: BuiltSite;
const trees = new Map<string, Root>();

beforeAll(() => {
  site = buildSite(writeFixture(FILES));
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
});

afterAll(() => {
  if (site) rmSync(site.root, { recursive: true, force: true });
});

const htmlOf = (slug: string): string => site.read(`articoli/${slug}/index.html`);

/** A built page as a hast tree, parsed once. */
function pageTree(file: string): Root {
  let tree = trees.get(file);
  if (!tree) {
    tree = fromHtml(site.read(file));
    trees.set(file, tree);
  }
  return tree;
}

const articleTree = (slug: string) => pageTree(`articoli/${slug}/index.html`);

/** Elements under `node` (itself excluded) that pass `test`, in document order. */
function elementsIn(node: Root | Element, test: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el) => {
    if (el !== node && test(el)) found.push(el);
  });
  return found;
}

const classes = (el: Element): string[] => el.properties['className'] ?? [];
const byClass = (name: string) => (el: Element) => classes(el).includes(name);
const byId = (id: string) => (el: Element) => el.properties['id'] === id;
const text = (node: Root | Element): string => hastToString(node).replace(/\s+/g, ' ').trim();

function only(node: Root | Element, test: (el: Element) => boolean, what: string): Element {
  const found = elementsIn(node, test);
  expect(found, `exactly one ${what}`).toHaveLength(1);
  return found[0] as Element;
}

/** Built pages of an article's comments: the article itself, then `commenti/2/` onwards. */
function commentPageFiles(slug: string): string[] {
  const files = [`articoli/${slug}/index.html`];
  for (let n = 2; site.exists(`articoli/${slug}/commenti/${n}/index.html`); n++)
    files.push(`articoli/${slug}/commenti/${n}/index.html`);
  return files;
}

/** The comments section of the article's own page. */
const firstSection = (slug: string) => only(articleTree(slug), byId('commenti'), '#commenti');

const sections = new Map<string, Element>();

/** The comments of every page of an article, as one element holding each page's section. */
function section(slug: string): Element {
  let all = sections.get(slug);
  if (!all) {
    const children = commentPageFiles(slug).map((file) =>
      only(pageTree(file), byId('commenti'), `#commenti of ${file}`),
    );
    all = { type: 'element', tagName: 'div', properties: {}, children };
    sections.set(slug, all);
  }
  return all;
}
const ANCHOR_PREFIX = 'commento-';
const commentEl = (slug: string, id: string) =>
  only(section(slug), byId(`${ANCHOR_PREFIX}${id}`), `#${ANCHOR_PREFIX}${id}`);

/** Comment elements of the section, in document order, by comment id. */
const commentIds = (slug: string): string[] =>
  elementsIn(
    section(slug),
    (el) => el.tagName === 'article' && String(el.properties['id']).startsWith(ANCHOR_PREFIX),
  ).map((el) => String(el.properties['id']).slice(ANCHOR_PREFIX.length));

const parentMaps = new WeakMap<Root | Element, Map<Element, Element>>();

/** Ancestors of `target` inside `root`, nearest first. */
function ancestors(root: Root | Element, target: Element): Element[] {
  let parents = parentMaps.get(root);
  if (!parents) {
    const map = new Map<Element, Element>();
    visit(root, 'element', (el, _index, parent) => {
      if (parent?.type === 'element') map.set(el, parent);
    });
    parentMaps.set(root, (parents = map));
  }
  const chain: Element[] = [];
  for (let el = parents.get(target); el; el = parents.get(el)) chain.push(el);
  return chain;
}

/** The `<li>` of a comment: the `<article>` and its replies. */
const itemOf = (slug: string, id: string) =>
  ancestors(section(slug), commentEl(slug, id))[0] as Element;

/** Ids of the direct replies of a comment, in document order. */
function replyIds(slug: string, id: string): string[] {
  const replies = itemOf(slug, id).children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'ol',
  );
  if (!replies) return [];
  return replies.children
    .filter((li): li is Element => li.type === 'element')
    .map((li) =>
      li.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'article',
      ),
    )
    .map((el) => String(el?.properties['id']).slice(ANCHOR_PREFIX.length));
}

/** Every built page of an article's comments, as the build wrote them. */
const allHtml = (slug: string): string =>
  commentPageFiles(slug)
    .map((file) => site.read(file))
    .join('\n');

/** The raw HTML of the comment lists of an article, every page, as the build wrote them. */
function rawComments(slug: string): string {
  return commentPageFiles(slug)
    .map((file) => {
      const html = site.read(file);
      const start = html.indexOf('<ol class="comment-list"');
      if (start < 0) return '';
      const end = html.indexOf('<p class="closed"', start);
      const nav = html.indexOf('<nav class="comment-pages"', start);
      return html.slice(start, nav >= 0 && nav < end ? nav : end);
    })
    .join('\n');
}

/** The count link of the byline. */
const bylineCount = (slug: string) =>
  text(
    only(
      only(articleTree(slug), byClass('byline'), '.byline'),
      (el) => el.tagName === 'a' && el.properties['href'] === `/articoli/${slug}/#commenti`,
      'count link',
    ),
  );

// ---------------------------------------------------------------------------------------------
// Expectations worked out from the data, not from the code under test.

const isShownComment = (c: Comment) => c.status === undefined || c.status === 'published';
const BIG_PUBLISHED = BIG_COMMENTS.filter(isShownComment);
const BIG_BY_ID = new Map(BIG_COMMENTS.map((c) => [c.id, c]));
const byDate = (a: Comment, b: Comment) => Date.parse(a.date ?? '') - Date.parse(b.date ?? '');
/** Top-level threads as shown: spam and a deleted comment without replies are gone. */
const BIG_THREADS = BIG_COMMENTS.filter(
  (c) => c.parent === null && c.status !== 'spam' && c.id !== 'eliminato-solo',
).sort(byDate);

describe('an article without a snapshot', () => {
  it('shows "Commenti (0)" and "Nessun commento", with no comment element', () => {
    expect(text(only(firstSection(EMPTY), (el) => el.tagName === 'h2', 'h2'))).toBe('Commenti (0)');
    expect(text(only(firstSection(EMPTY), byClass('none'), '.none'))).toBe('Nessun commento');
    expect(commentIds(EMPTY)).toEqual([]);
  });

  it('says "Nessun commento" in the byline and shows no count in the listing', () => {
    expect(bylineCount(EMPTY)).toBe('Nessun commento');
    const links = elementsIn(
      pageTree('index.html'),
      (el) => el.properties['href'] === `/articoli/${EMPTY}/#commenti`,
    );
    expect(links).toEqual([]);
  });
});

describe('an article with one comment', () => {
  it('shows "Commenti (1)" and the comment with author, Rome-time date and anchor', () => {
    expect(text(only(firstSection(SINGLE), (el) => el.tagName === 'h2', 'h2'))).toBe(
      'Commenti (1)',
    );
    expect(commentIds(SINGLE)).toEqual(['unico']);
    const comment = commentEl(SINGLE, 'unico');
    expect(text(only(comment, byClass('author'), '.author'))).toBe('Paola');
    const time = only(comment, (el) => el.tagName === 'time', 'time');
    expect(time.properties['dateTime']).toBe('2019-01-11T10:00:00+01:00');
    expect(text(time)).toBe('11 gennaio 2019, 10:00');
    expect(text(only(comment, byClass('text'), '.text'))).toBe(
      'L’unico commento di questo articolo.',
    );
  });

  it('says "1 commento" in the byline and in the listing', () => {
    expect(bylineCount(SINGLE)).toBe('1 commento');
    const card = elementsIn(
      pageTree('index.html'),
      (el) => el.properties['href'] === `/articoli/${SINGLE}/#commenti`,
    );
    // The card, and the front page's "più commentati" strip.
    expect(card.map(text)).toEqual(['1 commento', '1 commento']);
  });
});

describe('an article with 500 comments', () => {
  it('is really a 500-comment snapshot with 496 published comments', () => {
    expect(BIG_COMMENTS).toHaveLength(500);
    expect(BIG_PUBLISHED).toHaveLength(496);
  });

  it('counts the visible published comments in the heading, the byline and the listing', () => {
    expect(text(only(firstSection(BIG), (el) => el.tagName === 'h2', 'h2'))).toBe('Commenti (496)');
    expect(bylineCount(BIG)).toBe('496 commenti');
    const card = elementsIn(
      pageTree('index.html'),
      (el) => el.properties['href'] === `/articoli/${BIG}/#commenti`,
    );
    expect(card.map(text)).toEqual(['496 commenti', '496 commenti']);
  });

  it('has an `id="commento-<id>"` element for every published comment and the deleted one with replies, once each', () => {
    const ids = commentIds(BIG);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(
      new Set([...BIG_PUBLISHED.map((c) => c.id), 'eliminato-con-risposte']),
    );
    // The count matches what a reader sees: every shown comment but the placeholder.
    expect(ids.length - 1).toBe(496);
  });

  it('links each comment to its own anchor', () => {
    const comment = commentEl(BIG, 'filo-3-r1');
    expect(only(comment, byClass('permalink'), '.permalink').properties['href']).toBe(
      '#commento-filo-3-r1',
    );
  });

  it('shows a deleted comment with replies as "Commento eliminato", without its author or text', () => {
    const placeholder = commentEl(BIG, 'eliminato-con-risposte');
    expect(text(placeholder)).toBe('Commento eliminato');
    expect(classes(placeholder)).toContain('deleted');
    expect(replyIds(BIG, 'eliminato-con-risposte')).toEqual([
      'risposta-a-eliminato-1',
      'risposta-a-eliminato-2',
    ]);
  });

  it('drops a deleted comment without replies, and spam, text and all', () => {
    const ids = commentIds(BIG);
    expect(ids).not.toContain('eliminato-solo');
    expect(ids).not.toContain('spam-principale');
    expect(ids).not.toContain('spam-in-risposta');
    const html = allHtml(BIG);
    expect(html).not.toContain(DELETED_BODY);
    expect(html).not.toContain(SPAM_BODY);
    expect(html).not.toContain('Venditore');
  });

  it('keeps a published reply to spam, under the spam’s parent', () => {
    expect(replyIds(BIG, 'estate')).toEqual(['risposta-allo-spam']);
  });

  it('shows "Anonimo" for a comment without author', () => {
    expect(text(only(commentEl(BIG, 'anonimo'), byClass('author'), '.author'))).toBe('Anonimo');
  });

  it('shows no <time> for a comment without date', () => {
    const undated = commentEl(BIG, 'senza-data');
    expect(elementsIn(undated, (el) => el.tagName === 'time')).toEqual([]);
    expect(text(only(undated, byClass('author'), '.author'))).toBe('Senza tempo');
  });

  it.each([
    ['estate', '2018-07-04T10:30:00+02:00', '4 luglio 2018, 10:30'],
    ['inverno', '2018-01-15T18:05:00+01:00', '15 gennaio 2018, 18:05'],
    ['filo-40', '2019-07-20T11:00:00+02:00', '20 luglio 2019, 11:00'],
  ])('dates %s as <time datetime="%s">%s</time>', (id, datetime, shown) => {
    const time = only(commentEl(BIG, id), (el) => el.tagName === 'time', 'time');
    expect(time.properties['dateTime']).toBe(datetime);
    expect(text(time)).toBe(shown);
  });

  it('gives every dated comment a Rome-time datetime for its instant and an Italian date', () => {
    const times = elementsIn(section(BIG), (el) => el.tagName === 'time');
    expect(times).toHaveLength(BIG_PUBLISHED.filter((c) => c.date !== undefined).length);
    for (const id of commentIds(BIG).filter(
      (id) => BIG_BY_ID.get(id)?.date !== undefined && id !== 'eliminato-con-risposte',
    )) {
      const time = only(commentEl(BIG, id), (el) => el.tagName === 'time', `time of ${id}`);
      const datetime = String(time.properties['dateTime']);
      expect(datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
      expect(Date.parse(datetime)).toBe(Date.parse(BIG_BY_ID.get(id)?.date ?? ''));
      expect(text(time)).toMatch(
        /^\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}, \d\d:\d\d$/,
      );
    }
  });

  it('nests a chain of replies but stops indenting at depth 4', () => {
    const sec = section(BIG);
    const indentation = (id: string) =>
      ancestors(sec, commentEl(BIG, id)).filter(
        (el) => el.tagName === 'ol' && classes(el).includes('indent'),
      ).length;
    expect(DEEP.map(indentation)).toEqual([0, 1, 2, 3, 4, 4, 4]);
    // Each reply is inside its parent's item down to the cap; below it, replies follow their
    // capped ancestor in the same list, so no chain of replies nests the page without end.
    for (const [depth, id] of DEEP.entries()) {
      if (depth > 0 && depth < 4) expect(replyIds(BIG, DEEP[depth - 1] as string)).toEqual([id]);
    }
    expect(replyIds(BIG, DEEP[3] as string)).toEqual(DEEP.slice(4));
  });

  it('shows replies oldest first, whatever the order of the file', () => {
    const fileOrder = BIG_COMMENTS.filter((c) => c.parent === 'ordine').map((c) => c.id);
    expect(fileOrder).toEqual([...ORDERED].reverse());
    expect(replyIds(BIG, 'ordine')).toEqual(ORDERED);
  });

  it('shows top-level threads oldest first', () => {
    const sec = section(BIG);
    const topLevel = commentIds(BIG).filter((id) => {
      const lists = ancestors(sec, commentEl(BIG, id)).filter((el) => el.tagName === 'ol');
      return lists.length === 1 && classes(lists[0] as Element).includes('comment-list');
    });
    expect(topLevel).toEqual(BIG_THREADS.map((c) => c.id));
  });

  it('spreads the threads over pages linked from the article, none of them split', () => {
    const files = commentPageFiles(BIG);
    expect(files.length).toBeGreaterThan(1);
    const nav = only(firstSection(BIG), byClass('comment-pages'), 'nav');
    expect(text(nav)).toContain(`Pagina 1 di ${files.length}`);
    const next = only(nav, (el) => el.properties['rel']?.toString() === 'next', 'next link');
    expect(next.properties['href']).toBe(`/articoli/${BIG}/commenti/2/`);
    // Each page opens with a whole thread: no comment there answers one on an earlier page.
    expect(elementsIn(section(BIG), byClass('reply-to'))).toEqual([]);
    for (const file of files.slice(1))
      expect(site.read(file)).toContain('<meta name="robots" content="noindex">');
  });
});

describe('the XSS corpus as comment bodies and authors', () => {
  const dangerousUrl = (value: unknown) =>
    // Browsers ignore ASCII whitespace and control characters inside a scheme.
    // Browsers drop control characters and spaces before a URL scheme.
    // eslint-disable-next-line no-control-regex
    /^(?:javascript|data|vbscript):/i.test(String(value).replace(/[\u0000-\u0020]/g, ''));

  it('holds every payload of the corpus', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(commentIds(HOSTILE)).toHaveLength(HOSTILE_COMMENTS.length);
  });

  it('has no <script> but the JSON-LD one', () => {
    expect(htmlOf(HOSTILE).match(/<script\b[^>]*>/gi)).toEqual([
      '<script type="application/ld+json">',
    ]);
    for (const file of commentPageFiles(HOSTILE).slice(1))
      expect(site.read(file)).not.toMatch(/<script\b/i);
    expect(elementsIn(articleTree(HOSTILE), (el) => el.tagName === 'script')).toHaveLength(1);
  });

  it('has no event handler attribute anywhere in the comments section', () => {
    for (const el of [section(HOSTILE), ...elementsIn(section(HOSTILE))]) {
      expect(
        Object.keys(el.properties).filter((name) => /^on/i.test(name)),
        `<${el.tagName}>`,
      ).toEqual([]);
    }
    // The same on the bytes written: escaped text may read `onerror=`, a tag may not.
    for (const tag of rawComments(HOSTILE).match(/<[a-z][^>]*>/gi) ?? [])
      expect(tag).not.toMatch(/\son\w+\s*=/i);
  });

  it('has no javascript:, data: or vbscript: address in any href or src of the page', () => {
    const urls = elementsIn(articleTree(HOSTILE)).flatMap((el) =>
      [el.properties['href'], el.properties['src']].filter((v) => v !== undefined),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(dangerousUrl)).toEqual([]);
  });

  it('has no <img>, <iframe>, <svg> or other active element inside the comments section', () => {
    const allowed = new Set([
      'section',
      'h2',
      'nav',
      'ul',
      'ol',
      'li',
      'article',
      'header',
      'span',
      'time',
      'a',
      'div',
      'p',
      'br',
      'em',
      'strong',
      'blockquote',
      'code',
    ]);
    expect(
      elementsIn(section(HOSTILE))
        .map((el) => el.tagName)
        .filter((name) => !allowed.has(name)),
    ).toEqual([]);
    expect(rawComments(HOSTILE)).not.toMatch(/<(?:img|iframe|svg|script|object|embed|style)\b/i);
  });

  it('marks every link of a comment body `rel="nofollow ugc noopener noreferrer"`; the rest are permalinks', () => {
    const links = elementsIn(section(HOSTILE), (el) => el.tagName === 'a');
    const ownLinks = ['permalink', 'reply-to'];
    const navs = elementsIn(section(HOSTILE), byClass('comment-pages'));
    const bodyLinks = links.filter(
      (a) =>
        !ownLinks.some((name) => classes(a).includes(name)) &&
        !navs.some((nav) => ancestors(section(HOSTILE), a).includes(nav)),
    );
    expect(bodyLinks.length).toBeGreaterThan(0);
    for (const a of bodyLinks) {
      expect((a.properties['rel'] as string[]).join(' ')).toBe(LINK_REL);
      expect(String(a.properties['href'])).toMatch(/^(?:https?|mailto):/);
    }
    for (const a of links.filter((link) => classes(link).includes('permalink'))) {
      expect(String(a.properties['href'])).toMatch(/^#commento-/);
    }
    for (const tag of rawComments(HOSTILE).match(/<a\b[^>]*>/g) ?? []) {
      if (!/class="(?:permalink|reply-to)/.test(tag)) expect(tag).toContain(`rel="${LINK_REL}"`);
    }
  });

  it('keeps a title that closes </script> inside the JSON-LD, which still parses', () => {
    const scripts = elementsIn(articleTree(BREAKOUT), (el) => el.tagName === 'script');
    expect(scripts.map((el) => el.properties['type'])).toEqual(['application/ld+json']);
    // The raw block up to the first `</script>` is the whole JSON: the title did not end it.
    const html = htmlOf(BREAKOUT);
    const open = '<script type="application/ld+json">';
    const start = html.indexOf(open) + open.length;
    const ld = JSON.parse(html.slice(start, html.indexOf('</script>', start))) as {
      headline?: string;
    };
    expect(ld.headline).toBe(BREAKOUT_TITLE);
    expect(text(only(articleTree(BREAKOUT), (el) => el.tagName === 'h1', 'h1'))).toBe(
      BREAKOUT_TITLE,
    );
  });

  it('keeps ids that try to break out inside their attributes, as a browser parses them', () => {
    expect(commentIds(BREAKOUT)).toEqual(BREAKOUT_IDS);
    for (const id of BREAKOUT_IDS) {
      const permalink = only(commentEl(BREAKOUT, id), byClass('permalink'), '.permalink');
      expect(permalink.properties['href']).toBe(`#${encodeURIComponent(`${ANCHOR_PREFIX}${id}`)}`);
    }
    const handlers = elementsIn(section(BREAKOUT)).flatMap((el) =>
      Object.keys(el.properties).filter((name) => /^on/i.test(name)),
    );
    expect(handlers).toEqual([]);
  });

  it.each(PAYLOADS.map((payload, i) => [payload, i] as const))(
    'shows %j as text, as author and body',
    (payload, i) => {
      const comment = commentEl(HOSTILE, `xss-${i}`);
      expect(hastToString(only(comment, byClass('author'), '.author'))).toBe(payload);
      const body = text(only(comment, byClass('text'), '.text'));
      expect(body).not.toBe('');
      // Nothing the renderer kept is lost on the page.
      expect(body).toBe(text(fromHtml(renderCommentBody(payload), { fragment: true })));
    },
  );

  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<a href="javascript:alert(1)">clicca</a>', '<a href="javascript:alert(1)">clicca</a>'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['[clicca](javascript:alert(1))', 'clicca'],
    ['<<script>script>alert(1)<</script>/script>', '<<script>script>alert(1)<</script>/script>'],
  ])('shows the body %j as the text %j', (payload, shown) => {
    const comment = commentEl(HOSTILE, `xss-${PAYLOADS.indexOf(payload)}`);
    expect(text(only(comment, byClass('text'), '.text'))).toBe(shown);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad snapshots stop the build at the content check.

const OLD_PAGE = '<!doctype html><html lang="it"><title>Build precedente</title></html>\n';
const GOOD_ARTICLE = {
  'articles/buona.md': article({ title: 'Una notizia in regola', date: '04 Luglio 2018' }),
};

const escapeRegExp = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A snapshot with one comment a line: comment `i` sits on line `6 + i`. */
const snapshotLines = (slug: string, comments: string[]): string =>
  `{\n  "version": 1,\n  "article": "${slug}",\n  "source": "legacy",\n  "comments": [\n    ${comments.join(',\n    ')}\n  ]\n}\n`;

describe('a bad snapshot stops the build before Astro runs', () => {
  it.each([
    {
      name: 'a snapshot whose article does not exist',
      file: 'comments/articolo-fantasma.json',
      text: snapshotLines('articolo-fantasma', ['{ "id": "c1", "parent": null, "body": "Ciao" }']),
      line: (f: string) =>
        `${f}: article: "articolo-fantasma" non corrisponde a nessun articolo (manca content/articles/articolo-fantasma.md o un articolo con slug: articolo-fantasma)`,
    },
    {
      name: 'a duplicate comment id',
      file: 'comments/buona.json',
      text: snapshotLines('buona', [
        '{ "id": "c1", "parent": null, "body": "Primo" }',
        '{ "id": "c2", "parent": "c1", "body": "Risposta" }',
        '{ "id": "c1", "parent": null, "body": "Doppione" }',
      ]),
      line: (f: string) =>
        `${f}:8: comments[2] (id "c1").id: "c1" è già usato da comments[0]: ogni commento deve avere un id diverso`,
    },
    {
      name: 'a parent that points nowhere',
      file: 'comments/buona.json',
      text: snapshotLines('buona', [
        '{ "id": "c1", "parent": null, "body": "Primo" }',
        '{ "id": "c2", "parent": "fantasma", "body": "Risposta a nessuno" }',
      ]),
      line: (f: string) =>
        `${f}:7: comments[1] (id "c2").parent: "fantasma" non corrisponde a nessun commento del file (usa null per un commento principale)`,
    },
    {
      name: 'broken JSON',
      file: 'comments/buona.json',
      text: snapshotLines('buona', [
        '{ "id": "c1", "parent": null, "body": "Primo" }',
        '{ "id": "c2" "parent": null, "body": "Manca una virgola" }',
      ]),
      line: (f: string) =>
        new RegExp(`^${escapeRegExp(f)}:7: \\(file\\): non è JSON valido \\(.*line 7.*\\)$`),
    },
    {
      name: 'a wrong field type',
      file: 'comments/buona.json',
      text: snapshotLines('buona', [
        '{ "id": "c1", "parent": null, "body": "Primo" }',
        '{ "id": "c2", "parent": null, "author": 42, "body": "Autore numerico" }',
      ]),
      line: (f: string) =>
        `${f}:7: comments[1] (id "c2").author: 42 deve essere un testo (nome dell’autore)`,
    },
  ])(
    '$name: exits 1 with one line naming file, comment and field, and keeps the old dist/',
    ({ file, text: json, line }) => {
      const root = writeFixture({ ...GOOD_ARTICLE, [file]: json });
      try {
        mkdirSync(join(root, 'dist'));
        writeFileSync(join(root, 'dist/index.html'), OLD_PAGE);
        const failed = buildSite(root);
        expect(failed.status).toBe(1);
        const prefix = relative(PROJECT_ROOT, failed.contentDir);
        const problems = failed.stderr.split('\n').filter((l) => l.startsWith(prefix));
        expect(problems).toHaveLength(1);
        const expected = line(relative(PROJECT_ROOT, join(failed.contentDir, file)));
        if (typeof expected === 'string') expect(problems[0]).toBe(expected);
        else expect(problems[0]).toMatch(expected);
        expect(failed.stderr).toContain('Build interrotta: 1 problema nei contenuti.');
        expect(failed.stdout).not.toContain('[build]');
        expect(readdirSync(failed.distDir, { recursive: true })).toEqual(['index.html']);
        expect(failed.read('index.html')).toBe(OLD_PAGE);
        expect(existsSync(`${failed.distDir}.staging`)).toBe(false);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
