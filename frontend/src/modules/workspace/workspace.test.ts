import { describe, expect, it } from 'vitest';
import { resolveCurrentWorkspace } from './currentWorkspace';
import { validateUsername, validateWorkspaceName } from './validation';

const a = { id: '1', name: 'Alpha' };
const b = { id: '2', name: 'Beta' };

describe('resolveCurrentWorkspace', () => {
  it('keeps the remembered workspace while the user belongs to it', () => {
    expect(resolveCurrentWorkspace([a, b], '2')).toBe(b);
  });
  it('falls back to the first workspace when the remembered one is gone', () => {
    expect(resolveCurrentWorkspace([a, b], '99')).toBe(a);
    expect(resolveCurrentWorkspace([a, b], null)).toBe(a);
  });
  it('has no current workspace for a user without any', () => {
    expect(resolveCurrentWorkspace([], '1')).toBeNull();
  });
});

describe('validateWorkspaceName', () => {
  it('requires a non-blank name', () => {
    expect(validateWorkspaceName('')).toEqual({ key: 'validation.required' });
    expect(validateWorkspaceName('   ')).toEqual({ key: 'validation.required' });
  });
  it('accepts 1 to 100 characters', () => {
    expect(validateWorkspaceName('x')).toBeNull();
    expect(validateWorkspaceName('x'.repeat(100))).toBeNull();
  });
  it('rejects 101 characters with the limit in the message', () => {
    expect(validateWorkspaceName('x'.repeat(101))).toEqual({ key: 'validation.tooLong', values: { max: 100 } });
  });
  it('requires a username', () => {
    expect(validateUsername(' ')).toEqual({ key: 'validation.required' });
    expect(validateUsername('analyst')).toBeNull();
  });
});
