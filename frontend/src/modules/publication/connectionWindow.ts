/** One page of a Relay connection as the API answers it. */
export type ConnectionPage<T> = Readonly<{
  totalCount: number;
  edges: readonly Readonly<{ cursor: string; node: T }>[];
  pageInfo: Readonly<{ hasNextPage: boolean; endCursor?: string | null }>;
}>;

export type FetchConnection<T> = (first: number, after: string | null) => Promise<ConnectionPage<T>>;

/** The API serves at most this many rows per request. */
export const MAX_PAGE = 500;

/**
 * Serves index ranges (what a lazy grid asks for) from a cursor-paged connection. Every edge's cursor is
 * kept, so a range starting anywhere already loaded is one request; a jump past the loaded rows fetches
 * from the last known cursor, in requests of at most {@link MAX_PAGE} rows.
 */
export class ConnectionWindow<T> {
  readonly #fetch: FetchConnection<T>;
  readonly #items: T[] = [];
  readonly #cursors: string[] = [];
  #total: number | null = null;
  #complete = false;
  #pending: Promise<void> = Promise.resolve();

  constructor(fetch: FetchConnection<T>) {
    this.#fetch = fetch;
  }

  get totalCount(): number | null {
    return this.#total;
  }

  /** Items [start, start + count), fewer at the end; with the connection's total count. */
  range(start: number, count: number): Promise<{ items: T[]; totalCount: number }> {
    // One loader at a time: the grid asks for neighbouring pages at once, and they share cursors.
    const run = this.#pending.then(() => this.#load(start + count));
    this.#pending = run.catch(() => undefined);
    return run.then(() => ({ items: this.#items.slice(start, start + count), totalCount: this.#total ?? 0 }));
  }

  /** Swaps the first loaded item that matches; answers whether there was one. */
  replace(matches: (item: T) => boolean, item: T): boolean {
    const index = this.#items.findIndex(matches);
    if (index < 0) return false;
    this.#items[index] = item;
    return true;
  }

  async #load(end: number): Promise<void> {
    while (!this.#complete && this.#items.length < end) {
      const after = this.#cursors.length > 0 ? this.#cursors[this.#cursors.length - 1] : null;
      const page = await this.#fetch(Math.min(MAX_PAGE, end - this.#items.length), after);
      this.#total = page.totalCount;
      for (const edge of page.edges) {
        this.#items.push(edge.node);
        this.#cursors.push(edge.cursor);
      }
      if (!page.pageInfo.hasNextPage || page.edges.length === 0) this.#complete = true;
    }
    if (this.#total === null) {
      // Nothing to load yet (end 0): still learn the total.
      const page = await this.#fetch(1, null);
      this.#total = page.totalCount;
    }
  }
}

/** Replaces a loaded item in place (after an edit), so a redraw shows it without reloading the pages. */
export function replaceIn<T extends { id: string }>(window: ConnectionWindow<T>, item: T): boolean {
  return window.replace((candidate) => candidate.id === item.id, item);
}
