import type { Page } from 'playwright-core';

/** Calls the GraphQL API as the signed-in user of `page` (the token oidc-client-ts keeps in sessionStorage). */
export async function callApi<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key
        ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
        : '';
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

export async function workspaceIdByName(page: Page, name: string): Promise<string> {
  const { workspaces } = await callApi<{ workspaces: { id: string; name: string }[] }>(
    page,
    '{ workspaces { id name } }',
  );
  const found = workspaces.find((w) => w.name === name);
  if (!found) throw new Error(`No workspace named ${name}`);
  return found.id;
}
