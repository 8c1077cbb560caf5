/**
 * A list page's search, filters and sorting kept in the address's query parameters, so that a reload, a shared
 * link, the browser's Back and a saved view all bring the same list back. Values that are not what the page offers
 * (an old link, a hand-edited address) read as "not set".
 */

/** The parameter when it is one of `choices`; null otherwise. */
export function choiceParam<V extends string>(params: URLSearchParams, key: string, choices: readonly V[]): V | null {
  const value = params.get(key);
  return value !== null && (choices as readonly string[]).includes(value) ? (value as V) : null;
}

/** A yes/no filter: "yes" → true, "no" → false, anything else → null (either). */
export function yesNoParam(params: URLSearchParams, key: string): boolean | null {
  const value = params.get(key);
  return value === 'yes' ? true : value === 'no' ? false : null;
}

/** Text, trimmed and cut to `max` characters; "" when absent. */
export function textParam(params: URLSearchParams, key: string, max: number): string {
  return (params.get(key) ?? '').trim().slice(0, max);
}

/** Query parameters from a page's state: unset values (null, "", the default) are left out, in a stable order. */
export function paramsOf(entries: Readonly<Record<string, string | boolean | null | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (value === null || value === undefined || value === '') continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);
  }
  return params;
}
