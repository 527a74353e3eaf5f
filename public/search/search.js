// Starts Pagefind's search box on the search page. It lives in a file, not in the HTML, so the
// site's Content-Security-Policy can forbid inline scripts; the page passes its settings in
// data- attributes: the bundle folder and site root (both include the base path) and the
// other languages to search besides the page's own.
(() => {
  const box = document.querySelector('[data-search]');
  if (!box || typeof window.PagefindUI !== 'function') return;
  const { bundle, root, languages = '' } = box.dataset;
  const ui = new window.PagefindUI({
    element: box,
    bundlePath: bundle,
    baseUrl: root,
    // Headlines and excerpts only: no thumbnails to download for every result.
    showImages: false,
    // Pagefind searches only the index of the page's <html lang>; the other languages'
    // indexes are merged in. Pagefind skips a merge whose path starts like the main bundle's,
    // so the same folder is named as `<bundle>./`, which fetches the very same files.
    mergeIndex: languages
      .split(' ')
      .filter(Boolean)
      .map((language) => ({ bundlePath: `${bundle}./`, language, baseUrl: root })),
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
