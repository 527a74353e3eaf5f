// Starts Pagefind's search box on the search page. It lives in a file, not in the HTML, so the
// site's Content-Security-Policy can forbid inline scripts; the page passes its settings in
// data- attributes: the main bundle's folder, the site root (both include the base path) and
// the list of the other bundles, written by the build's search step.
(() => {
  const box = document.querySelector('[data-search]');
  if (!box || typeof window.PagefindUI !== 'function') return;
  const { bundle, root, bundles } = box.dataset;

  // Large sites and other languages have bundles of their own: each one is merged into the
  // main bundle (with its language, as Pagefind otherwise searches only the page's own), so
  // one query searches every article.
  const start = (more) => {
    const ui = new window.PagefindUI({
      element: box,
      bundlePath: bundle,
      baseUrl: root,
      // Headlines and excerpts only: no thumbnails to download for every result.
      showImages: false,
      mergeIndex: more.map(({ path, language }) => ({ bundlePath: `${root}${path}`, language, baseUrl: root })),
    });
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) ui.triggerSearch(query);
  };

  fetch(bundles)
    .then((response) => (response.ok ? response.json() : { bundles: [] }))
    // Without the list, the main bundle still searches most articles.
    .catch(() => ({ bundles: [] }))
    .then((manifest) => start(Array.isArray(manifest.bundles) ? manifest.bundles : []));
})();
