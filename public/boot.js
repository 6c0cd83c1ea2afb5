// Loads the app after the first paint. index.html paints a static header at once; the build
// (paint-first-plugin.ts) replaces the entry <script type="module"> and its modulepreload links
// with this script, naming them in data-entry and data-preload. It waits for the first
// contentful paint (or a hidden tab, or 400 ms), then adds them. A file rather than an inline
// script, so that a Content-Security-Policy of script-src 'self' does not stop the app; async, so
// that it never holds up the first paint.
(function () {
  var me = document.currentScript;
  var entry = me && me.getAttribute('data-entry');
  var preloads = ((me && me.getAttribute('data-preload')) || '').split(' ').filter(Boolean);
  var done = false;
  function load() {
    if (done || !entry) return;
    done = true;
    var d = document;
    preloads.forEach(function (href) {
      var l = d.createElement('link');
      l.rel = 'modulepreload';
      l.crossOrigin = '';
      l.href = href;
      d.head.appendChild(l);
    });
    var s = d.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = entry;
    d.head.appendChild(s);
  }
  if (document.visibilityState !== 'visible' || !('PerformanceObserver' in window)) return load();
  setTimeout(load, 400);
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(load, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    load();
  }
})();
