import { describe, expect, it } from 'vitest';
import { argumentLimits, inputLimits } from '../../generated/input-limits';

// The forms' limits come from the schema's @constraint directives (codegen/input-limits.js), i.e. from the
// server's Bean Validation annotations: these are the figures SegmentInput and resolveAlert declare.
describe('input limits from the schema', () => {
  it('carries the length limits of input fields and arguments', () => {
    expect(inputLimits.SegmentInput.name.maxLength).toBe(100);
    expect(inputLimits.SegmentInput.significance.maxLength).toBe(4000);
    expect(argumentLimits.resolveAlert.comment.maxLength).toBe(2000);
  });

  it('carries ranges and patterns too', () => {
    expect(inputLimits.SegmentInput.reactionWeight).toEqual({ minFloat: 0, maxFloat: 1 });
    expect(inputLimits.ChannelInput.url.pattern).toBe('^(https?://\\S+)?$');
  });
});
