// `npm run docs` runs this after typedoc: every link of the built site (docs/api/) must work offline.
// Checks each page's `href` and `src` (and the sidebar's and the search index's page paths, which
// typedoc ships compressed in assets/): a relative target must be a file of the site, an `#anchor`
// an id on its page, and no link may open a raw Markdown file (a guide is a page of the site; a
// `.md` target means a link typedoc could not resolve to one). External links (http, https, mailto)
// are listed, not fetched. Also fails on doc-comment syntax left unrendered in a page.
//
//   node scripts/check-site-links.mjs [SITE_DIR]     (default docs/api)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = resolve(root, process.argv[2] ?? 'docs/api');

/** Every file under `dir`, as site-relative POSIX paths. */
function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => String(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'));
}

const decode = (text) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

const pages = new Map(); // site path → html
for (const file of files(site)) if (file.endsWith('.html')) pages.set(file, readFileSync(join(site, file), 'utf8'));
if (pages.size === 0) {
  console.error(`check-site-links: no pages in ${relative(root, site) || site}: run typedoc first`);
  process.exit(1);
}

const idsCache = new Map();
/** The ids a page defines (`id="…"` and `name="…"`). */
function ids(page) {
  if (!idsCache.has(page)) idsCache.set(page, new Set([...pages.get(page).matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]))));
  return idsCache.get(page);
}

const problems = [];
const external = new Set();
let checked = 0;

/** Checks one link found on `from` (a site path). */
function check(from, rawHref, where = from) {
  const href = decode(rawHref.trim());
  if (href === '' || href === '#') return;
  if (/^(https?:|mailto:)/i.test(href)) {
    external.add(href);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    problems.push(`${where}: ${href} is neither relative nor http(s)`);
    return;
  }
  checked++;
  const [pathPart = '', anchor] = href.split('#', 2);
  const path = decodeURIComponent(pathPart.split('?')[0] ?? '');
  const target = path === '' ? from : posix.normalize(posix.join(posix.dirname(from), path));
  if (/\.md$/i.test(path)) {
    problems.push(`${where}: ${href} opens a raw Markdown file (link the guide's page: list the file in typedoc.json's siteDocuments)`);
    return;
  }
  if (target.startsWith('../') || !existsSync(join(site, target))) {
    problems.push(`${where}: ${href} → ${target} does not exist`);
    return;
  }
  if (anchor !== undefined && anchor !== '' && target.endsWith('.html') && !ids(target).has(decodeURIComponent(anchor))) {
    problems.push(`${where}: ${href} → no id "${decodeURIComponent(anchor)}" in ${target}`);
  }
}

for (const [page, html] of pages) {
  for (const m of html.matchAll(/<(?:a|link|script|img|iframe|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g)) check(page, m[1]);
  // Doc-comment syntax that typedoc did not render: a tag shown as text.
  for (const m of decode(html.replace(/<[^>]+>/g, '')).matchAll(/\{@link\w*\s[^}]*\}|@packageDocumentation|@module\b/g)) problems.push(`${page}: "${m[0]}" shown as text`);
}

// The sidebar and the search index: page paths relative to the site's root.
for (const [asset, variable] of [
  ['assets/navigation.js', 'navigationData'],
  ['assets/search.js', 'searchData'],
]) {
  const source = readFileSync(join(site, asset), 'utf8');
  const data = source.match(new RegExp(`window\\.${variable} = "([^"]+)"`))?.[1];
  if (data === undefined) {
    problems.push(`${asset}: no ${variable} found`);
    continue;
  }
  const json = JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8'));
  const paths = [];
  const walk = (node) => {
    for (const element of node) {
      if (typeof element.path === 'string') paths.push(element.path);
      if (Array.isArray(element.children)) walk(element.children);
    }
  };
  if (variable === 'navigationData') walk(json);
  else for (const row of json.rows ?? []) paths.push(row.url);
  if (paths.length === 0) problems.push(`${asset}: no page paths in ${variable}`);
  // The paths are relative to the site's root: check them as if linked from index.html.
  for (const path of paths) check('index.html', path, asset);
}

if (problems.length > 0) {
  console.error(`check-site-links: ${problems.length} broken link(s) in ${relative(root, site)}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-site-links: ${pages.size} pages, ${checked} internal links and anchors, all resolve; ${external.size} external links (not fetched)`);
