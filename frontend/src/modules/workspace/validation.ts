import { inputLimits } from '../../generated/input-limits';
import { REQUIRED, requiredWithin, type ValidationMessage } from '../ui/forms/validation';

export const WORKSPACE_NAME_MAX_LENGTH = inputLimits.WorkspaceInput.name.maxLength;

/** Mirrors the server's rule (1–100 characters, not blank) so the user hears about it before a round trip. */
export function validateWorkspaceName(name: string): ValidationMessage | null {
  return requiredWithin(name, WORKSPACE_NAME_MAX_LENGTH) ?? null;
}

export function validateUsername(username: string): ValidationMessage | null {
  return username.trim().length === 0 ? REQUIRED : null;
}
