// Paint first, then load the app. index.html carries a static header and a loading line; the
// browser paints them at once, but only if it is not busy evaluating 700 kB of JavaScript that
// arrived in the meantime (on a fast network it is: the scripts land before the first frame and
// the page shows nothing until React has rendered). This plugin moves the entry script and its
// modulepreload links out of the HTML; public/boot.js adds them after the first contentful paint,
// so the header is on screen while the app downloads and starts.
import type { Plugin } from 'vite';

const TAG = /<(script|link)\b[^>]*>(?:<\/script>)?\s*/g;
const ATTR = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

export function paintFirst(): Plugin {
  return {
    name: 'cchc-paint-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let entry: string | null = null;
        const preloads: string[] = [];
        const rest = html.replace(TAG, (tag: string, name: string) => {
          const src = ATTR('src').exec(tag)?.[1];
          const href = ATTR('href').exec(tag)?.[1];
          if (name === 'script' && /type="module"/.test(tag) && src) {
            entry = src;
            return '';
          }
          if (name === 'link' && /rel="modulepreload"/.test(tag) && href) {
            preloads.push(href);
            return '';
          }
          return tag;
        });
        if (entry === null) return html;
        // public/boot.js (copied as it is to the root) adds them after the first paint; the path
        // is relative to this page, which may sit in a folder (the benchmark's floor page does).
        const depth = ctx.path.split('/').filter(Boolean).length - 1;
        const boot = `${depth > 0 ? '../'.repeat(depth) : './'}boot.js`;
        const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        return rest.replace(
          '</body>',
          `<script async src="${boot}" data-entry="${attr(entry)}" data-preload="${attr(preloads.join(' '))}"></script>\n</body>`,
        );
      },
    },
  };
}

/**
 * V8's explicit compile hint: the entry chunk holds the first view's code, nearly all of which runs
 * on load, so Chromium compiles its functions eagerly while the file streams in (off the main
 * thread) instead of lazily on first call, in the tasks that build the page. Elsewhere it is a
 * comment. https://v8.dev/blog/explicit-compile-hints
 */
export function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'cchc-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.code.startsWith(HINT)) continue;
          chunk.code = HINT + chunk.code;
          // One more line at the top: the source map's lines move down by one (the map is
          // already an asset of its own by now).
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            json.mappings = `;${json.mappings}`;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}
