import { describe, expect, it } from 'vitest';
import { matchDeclared } from '../../../src/lib/articles/declared-terms';

const CATEGORIES = ['Smartphone', 'Informatica', 'Scienza', 'Auto', 'VR'];

describe('matchDeclared', () => {
  it.each([
    ['Smartphone', 'Smartphone'],
    ['smartphone', 'Smartphone'],
    ['  SCIENZA ', 'Scienza'],
  ])('recognises %j as the declared %j', (name, declared) => {
    expect(matchDeclared(name, CATEGORIES)).toEqual({ kind: 'declared', name: declared });
  });

  it.each([
    ['Smarphone', 'Smartphone'],
    ['Smartpone', 'Smartphone'],
    ['Smatrphone', 'Smartphone'],
    ['Informatcia', 'Informatica'],
    ['Scienze', 'Scienza'],
    ['Autp', 'Auto'],
  ])('calls %j a typo of %j', (name, suggestion) => {
    expect(matchDeclared(name, CATEGORIES)).toEqual({ kind: 'typo', suggestion });
  });

  it.each(['Videogiochi', 'AR', 'Sicurezza', 'Autori'])('takes %j as a new name', (name) => {
    expect(matchDeclared(name, CATEGORIES)).toEqual({ kind: 'new' });
  });

  it('needs a name two letters from a declared one to be declared itself', () => {
    expect(matchDeclared('Smart home', CATEGORIES)).toEqual({
      kind: 'typo',
      suggestion: 'Smartphone',
    });
    expect(matchDeclared('Smart home', [...CATEGORIES, 'Smart home'])).toEqual({
      kind: 'declared',
      name: 'Smart home',
    });
  });
});
