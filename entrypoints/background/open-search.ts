/** Opens the full-page search (`search.html`), optionally with a query, in a new tab. */
export async function openSearch(query: string): Promise<number | undefined> {
  // The selection can be a whole paragraph; the search box only needs its start.
  const q = query.trim().slice(0, 200);
  const url = browser.runtime.getURL(q ? `/search.html?q=${encodeURIComponent(q)}` : '/search.html');
  const tab = await browser.tabs.create({ url });
  return tab.id;
}
