/**
 * @module The skip links at the top of the page move focus to the graph or the filters without
 * following their `#fragment`: the address bar holds the view's link, which a fragment would replace.
 */
export function mountSkipLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.skip-link')) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById(link.hash.slice(1))?.focus();
    });
  }
}
