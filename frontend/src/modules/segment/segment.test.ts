import { describe, expect, it } from 'vitest';
import { canWriteData } from '../auth/hooks/useCanWrite';
import { draftOf, parseDecimal, SEGMENT_NAME_MAX_LENGTH, toSegmentInput, validateSegment } from './validation';

describe('segment form', () => {
  it("refuses a name one character over the server's limit (from the schema)", () => {
    expect(SEGMENT_NAME_MAX_LENGTH).toBe(100);
    const draft = { ...draftOf(null), name: 'x'.repeat(SEGMENT_NAME_MAX_LENGTH + 1) };
    expect(validateSegment(draft).name).toEqual({ key: 'validation.tooLong', values: { max: 100 } });
  });

  it('accepts a valid draft, with a decimal comma in the reaction weight', () => {
    const draft = { ...draftOf(null), name: ' CIOs ', reactionWeight: '0,9' };
    expect(validateSegment(draft)).toEqual({});
    expect(toSegmentInput(draft)).toEqual({
      name: 'CIOs',
      immersion: 'GENERAL',
      reactionWeight: 0.9,
      profile: null,
      significance: null,
    });
  });
  it('names the fields that break the server rules', () => {
    const errors = validateSegment({ ...draftOf(null), name: '  ', reactionWeight: '1.5', profile: 'x'.repeat(4001) });
    expect(Object.keys(errors).sort()).toEqual(['name', 'profile', 'reactionWeight']);
    expect(errors.reactionWeight?.key).toBe('segments.validation.range');
  });
  it('refuses a reaction weight that is not a number', () => {
    expect(parseDecimal('abc')).toBeNaN();
    expect(validateSegment({ ...draftOf(null), name: 'a', reactionWeight: 'abc' }).reactionWeight?.key).toBe(
      'segments.validation.range',
    );
  });
});

describe('write permission', () => {
  it('lets analysts and admins write, not viewers', () => {
    expect(canWriteData(['analyst', 'viewer'])).toBe(true);
    expect(canWriteData(['admin'])).toBe(true);
    expect(canWriteData(['viewer'])).toBe(false);
  });
});
