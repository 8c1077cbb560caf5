import { inputLimits } from '../../generated/input-limits';
export const WORKSPACE_NAME_MAX_LENGTH = inputLimits.WorkspaceInput.name.maxLength;

export type ValidationMessage = Readonly<{ key: string; values?: Record<string, unknown> }>;

/** Mirrors the server's rule (1–100 characters, not blank) so the user hears about it before a round trip. */
export function validateWorkspaceName(name: string): ValidationMessage | null {
  if (name.trim().length === 0) return { key: 'validation.required' };
  if (name.length > WORKSPACE_NAME_MAX_LENGTH)
    return { key: 'validation.tooLong', values: { max: WORKSPACE_NAME_MAX_LENGTH } };
  return null;
}

export function validateUsername(username: string): ValidationMessage | null {
  return username.trim().length === 0 ? { key: 'validation.required' } : null;
}
