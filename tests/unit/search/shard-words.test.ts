import { describe, expect, it } from 'vitest';
import { stemming } from '../../../src/lib/search/italian-forms';
import { indexedForms, shardWords } from '../../../src/lib/search/shard-words';

const stem = stemming();

describe('shardWords', () => {
  it('lists the lower-case words and the form candidates of a shard’s texts, sorted', () => {
    const list = shardWords(['Il governo italiano.', 'Anna offre.'], stem);
    expect(list.words).toEqual(['governo', 'italiano', 'offre']);
    expect(list.candidates).toEqual(expect.arrayContaining(['italiani', 'offrono']));
    expect(list.candidates).toEqual([...list.candidates].sort());
  });
});

describe('indexedForms', () => {
  const older = shardWords(['Il governo italiano offre.'], stem);
  const newer = shardWords(['Gli utenti italiani.'], stem);

  it('gives each shard the candidates any shard of the archive writes', () => {
    const [first, second] = indexedForms(['a', 'b'], [older, newer]);
    expect(first?.forms).toEqual(['italiani']);
    expect(second?.forms).toEqual([]);
  });

  it('names an index by its plan and its forms', () => {
    const [alone] = indexedForms(['a'], [older]);
    const [withNewer] = indexedForms(['a', 'b'], [older, newer]);
    const [sameForms] = indexedForms(['a', 'c'], [older, shardWords(['Tanti italiani.'], stem)]);
    // A form written elsewhere changes the digest; the same forms from other words do not.
    expect(alone?.digest).not.toBe(withNewer?.digest);
    expect(sameForms?.digest).toBe(withNewer?.digest);
    expect(indexedForms(['z'], [older])[0]?.digest).not.toBe(alone?.digest);
  });
});
