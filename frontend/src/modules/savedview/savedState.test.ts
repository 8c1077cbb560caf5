import { describe, expect, it } from 'vitest';
import { encodeState, fitsLimit, MAX_STATE_BYTES, matchingView, paramsOfState, stateOfParams } from './savedState';

describe('saved view state', () => {
  it('is the address parameters in name order, so the same filters compare equal however they were set', () => {
    expect(encodeState(stateOfParams(new URLSearchParams('sort=NAME_DESC&q=kow')))).toBe(
      encodeState(stateOfParams(new URLSearchParams('q=kow&sort=NAME_DESC'))),
    );
    expect(encodeState({ q: 'kow', keyStaff: 'yes' })).toBe('{"keyStaff":"yes","q":"kow"}');
  });

  it('reads back only text values of a JSON object, and nothing from anything else', () => {
    expect(paramsOfState('{"q":"kow","n":3,"x":null}').toString()).toBe('q=kow');
    for (const bad of ['[1]', '"q"', '{', 'null']) expect(paramsOfState(bad).toString()).toBe('');
  });

  it('finds the saved view that shows the current state', () => {
    const views = [
      { id: '1', state: '{"q":"a"}' },
      { id: '2', state: '{"sort":"NAME_DESC","q":"kow"}' },
    ];
    expect(matchingView(views, { q: 'kow', sort: 'NAME_DESC' })?.id).toBe('2');
    expect(matchingView(views, { q: 'b' })).toBeUndefined();
  });

  it('counts the bytes the server counts', () => {
    expect(MAX_STATE_BYTES).toBe(8192);
    expect(fitsLimit(encodeState({ q: 'ż'.repeat(4000) }))).toBe(true);
    expect(fitsLimit(encodeState({ q: 'ż'.repeat(4100) }))).toBe(false);
  });
});
