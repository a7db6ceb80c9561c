import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree, tempDir } from './cli-helpers';
import { runScript } from './run-script';

const EXPORT = 'tests/fixtures/disqus/export.xml';

/** A content folder with the two articles the fixture export talks about. */
function contentWithArticles(): string {
  const content = tempDir();
  mkdirSync(join(content, 'articles', '2018'), { recursive: true });
  writeFileSync(
    join(content, 'articles', '2018', 'xiaomi-usa.md'),
    '---\ntitle: Xiaomi negli USA\ndate: 04 Luglio 2018\naliases:\n  - /2018/07/04/xiaomi-nord-america.html\n---\nTesto.\n',
  );
  writeFileSync(
    join(content, 'articles', 'pixel.md'),
    '---\ntitle: Pixel 3\ndate: 10 Ottobre 2018\nslug: pixel-3-recensione\n---\nTesto.\n',
  );
  return content;
}

const importDisqus = (...args: string[]) => runScript('import-disqus.ts', args);

describe('npm run import:disqus', () => {
  it('writes one snapshot per matched article, reports spam and the unmatched thread', () => {
    const content = contentWithArticles();
    const run = importDisqus(EXPORT, '--content-dir', content);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Commenti: 9 aggiunti, 0 aggiornati, 0 invariati, 1 scartati (spam)',
    );
    expect(run.stdout).toContain('Discussioni non abbinate a un articolo: 1');
    expect(run.stdout).toContain(
      'https://www.vecchio-blog.it/2017/01/01/pagina-sparita.html — 1 commento — Una pagina sparita',
    );

    const files = snapshotTree(join(content, 'comments'));
    expect(Object.keys(files).sort()).toEqual([
      '_unmatched-disqus.json',
      'pixel-3-recensione.json',
      'xiaomi-usa.json',
    ]);
    const report = JSON.parse(files['_unmatched-disqus.json'] ?? '') as {
      threads: { comments: unknown[] }[];
    };
    expect(report.threads[0]?.comments).toHaveLength(1);
    expect(files['xiaomi-usa.json']).toMatch(/\n}\n$/);
  });

  it('changes no byte when the same export is imported again', () => {
    const content = contentWithArticles();
    importDisqus(EXPORT, '--content-dir', content);
    const before = snapshotTree(content);
    const again = importDisqus(EXPORT, '--content-dir', content);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Commenti: 0 aggiunti, 0 aggiornati, 9 invariati');
    expect(snapshotTree(content)).toEqual(before);
  });

  it('adds and updates from a newer export and keeps comments it no longer has', () => {
    const content = contentWithArticles();
    importDisqus(EXPORT, '--content-dir', content);
    const newer = join(tempDir(), 'newer.xml');
    writeFileSync(
      newer,
      readFileSync(EXPORT, 'utf8')
        .replace('Non credo<br>proprio.', 'Non credo proprio, anzi.')
        .replace(/<post dsq:id="3002">[\s\S]*?<\/post>/, '')
        .replace(
          '</disqus>',
          '<post dsq:id="3003"><message><![CDATA[<p>Nuovo</p>]]></message><createdAt>2018-10-12T10:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>Eva</name></author><thread dsq:id="1002"/></post></disqus>',
        ),
    );
    const run = importDisqus(newer, '--content-dir', content);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Commenti: 1 aggiunti, 1 aggiornati, 7 invariati');
    const pixel = JSON.parse(
      readFileSync(join(content, 'comments', 'pixel-3-recensione.json'), 'utf8'),
    ) as {
      comments: { id: string }[];
    };
    expect(pixel.comments.map(({ id }) => id)).toEqual([
      'disqus-3001',
      'disqus-3002',
      'disqus-3003',
    ]);
  });

  it('leaves a broken snapshot untouched and fails naming it', () => {
    const content = contentWithArticles();
    mkdirSync(join(content, 'comments'));
    const broken = join(content, 'comments', 'xiaomi-usa.json');
    writeFileSync(broken, '{ "version": 2 }\n');
    const run = importDisqus(EXPORT, '--content-dir', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${broken}: version: 2 deve essere 1`);
    expect(readFileSync(broken, 'utf8')).toBe('{ "version": 2 }\n');
  });

  it('fails on malformed XML with its position', () => {
    const bad = join(tempDir(), 'bad.xml');
    writeFileSync(bad, '<disqus>\n<post>\n');
    const run = importDisqus(bad, '--content-dir', contentWithArticles());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`esportazione Disqus non valida: ${bad}:3:0: unclosed tag: post`);
  });
});

describe('npm run import:disqus: hostile articles', () => {
  it('never writes a snapshot outside content/comments for a slug with ..', () => {
    const content = contentWithArticles();
    writeFileSync(
      join(content, 'articles', '2018', 'xiaomi-usa.md'),
      '---\ntitle: Xiaomi negli USA\ndate: 04 Luglio 2018\nslug: ../../PWNED-dq\naliases:\n  - /2018/07/04/xiaomi-nord-america.html\n---\nTesto.\n',
    );
    const run = importDisqus(EXPORT, '--content-dir', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('slug: "../../PWNED-dq" non è uno slug valido');
    expect(existsSync(join(content, '..', 'PWNED-dq.json'))).toBe(false);
    expect(existsSync(join(content, 'PWNED-dq.json'))).toBe(false);
    expect(Object.keys(snapshotTree(join(content, 'comments')))).toContain(
      'pixel-3-recensione.json',
    );
  });
});
