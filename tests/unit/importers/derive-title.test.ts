import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../src/lib/importers/derive-title';

describe('deriveTitle', () => {
  it.each([
    [
      'keeps a short first sentence without its full stop',
      'Xiaomi arriva in Italia. Poi il resto.',
      'Xiaomi arriva in Italia',
    ],
    [
      'drops a trailing question mark and ellipsis',
      'Sarà la fine di LeEco…',
      'Sarà la fine di LeEco',
    ],
    [
      'does not stop at abbreviations inside words',
      'Il 5G.it arriva ovunque',
      'Il 5G.it arriva ovunque',
    ],
    [
      'cuts a long sentence at its last clause break within the limit',
      'Xiaomi vuole entrare anche nel mercato nordamericano, e in tempi relativamente brevi: nel corso di una conferenza annuale tenutasi a Pechino.',
      'Xiaomi vuole entrare anche nel mercato nordamericano, e in tempi relativamente brevi',
    ],
    [
      'cuts at a word when no clause break leaves 40 characters',
      'Questa frase lunghissima non ha nessuna virgola e continua a parlare di smartphone e tablet senza mai fermarsi davvero',
      'Questa frase lunghissima non ha nessuna virgola e continua a parlare di smartphone e',
    ],
    ['collapses white space', '  Due   spazi\tqui  ', 'Due spazi qui'],
    ['returns an empty title for empty text', '   ', ''],
  ])('%s', (_, text, title) => {
    expect(deriveTitle(text)).toBe(title);
  });

  it('never exceeds the limit', () => {
    const long = 'parola '.repeat(40);
    expect(deriveTitle(long).length).toBeLessThanOrEqual(90);
    expect(deriveTitle('x'.repeat(200))).toHaveLength(90);
  });
});
