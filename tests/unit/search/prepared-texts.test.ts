import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreparedTexts } from '../../../src/lib/search/prepared-texts';

const root = mkdtempSync(join(tmpdir(), 'rotativa-prepared-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('PreparedTexts', () => {
  it('gives back each text as it was added, once, in any order', () => {
    const texts = new PreparedTexts(join(root, 'order.tmp'));
    const accented = { content: 'Perché l’hotel «Città» costa 1.000 €? Sì: è così.', forms: [] };
    const plain = { content: 'Un telefono.', forms: ['telefoni'] };
    texts.add('accenti', accented);
    texts.add('semplice', plain);
    expect(texts.take('semplice')).toEqual(plain);
    expect(texts.take('accenti')).toEqual(accented);
    expect(texts.take('accenti')).toBeUndefined();
    texts.close();
  });

  it('knows nothing of an article it was not given, and the last text of one given twice', () => {
    const texts = new PreparedTexts(join(root, 'twice.tmp'));
    texts.add('uno', { content: 'Prima.', forms: [] });
    texts.add('uno', { content: 'Seconda.', forms: [] });
    expect(texts.take('due')).toBeUndefined();
    expect(texts.take('uno')?.content).toBe('Seconda.');
    texts.close();
  });

  it('removes its file when closed', () => {
    const file = join(root, 'closed.tmp');
    const texts = new PreparedTexts(file);
    texts.add('uno', { content: 'Testo.', forms: [] });
    expect(existsSync(file)).toBe(true);
    texts.close();
    expect(existsSync(file)).toBe(false);
  });
});
