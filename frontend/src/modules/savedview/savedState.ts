import { inputLimits } from '../../generated/input-limits';

/**
 * A grid's state as a saved view keeps it: the query parameters of its address (search, filters, sorting), as a
 * JSON object of strings. Every screen already reads its state from the address, so a saved view is applied by
 * navigating to it, and a screen needs nothing of its own to offer saved views.
 */
export type ViewState = Readonly<Record<string, string>>;

/** The server keeps at most this many bytes of a state. */
export const MAX_STATE_BYTES = inputLimits.SavedViewInput.state.maxLength;
export const VIEW_NAME_MAX_LENGTH = inputLimits.SavedViewInput.name.maxLength;

/** The address's parameters as a state, sorted by name so that equal states compare equal. */
export function stateOfParams(params: URLSearchParams): ViewState {
  return Object.fromEntries([...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A state as the JSON the server stores. */
export function encodeState(state: ViewState): string {
  return JSON.stringify(stateOfParams(new URLSearchParams(state as Record<string, string>)));
}

/** Whether the encoded state fits the server's limit (it counts UTF-8 bytes). */
export function fitsLimit(encoded: string): boolean {
  return new TextEncoder().encode(encoded).length <= MAX_STATE_BYTES;
}

/** A stored state back as query parameters; values that are not text (another client's doing) are left out. */
export function paramsOfState(json: string): URLSearchParams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return new URLSearchParams();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new URLSearchParams();
  return new URLSearchParams(
    Object.entries(parsed as Record<string, unknown>).filter((entry): entry is [string, string] => {
      return typeof entry[1] === 'string';
    }),
  );
}

/** The saved view whose state is the current one, if any: the picker shows its name. */
export function matchingView<V extends { state: string }>(views: readonly V[], current: ViewState): V | undefined {
  const wanted = encodeState(current);
  return views.find((view) => encodeState(stateOfParams(paramsOfState(view.state))) === wanted);
}
