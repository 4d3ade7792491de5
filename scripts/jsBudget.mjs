// Measures the JavaScript each built page can load: its module scripts and everything they import,
// statically or on demand (widget chunks, workers), gzipped. Data files fetched on demand are not JS
// and are not counted. Used by postbuild (report) and by the e2e budget test. A build for a base path
// (BASE=/course/unrolled/) names its files under that path; `base` maps them back into the build folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML page in the build, as [urlPath, filePath]. */
export function builtPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, p).replaceAll('\\', '/');
        const url = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
        out.push([url, p]);
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+\.js)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
// Any quoted reference to a .js file: static imports, dynamic import(), new URL(...) for workers.
const JS_REF = /["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.js)["'`]/g;

function resolveRef(dist, fromFile, ref, base) {
  if (ref.startsWith(base)) return join(dist, ref.slice(base.length));
  if (ref.startsWith('/')) return join(dist, ref);
  return resolve(dirname(fromFile), ref);
}

export function pageScripts(dist, htmlFile, base = '/') {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const queue = [];
  const push = (file) => {
    if (seen.has(file)) return;
    try {
      if (!statSync(file).isFile()) return;
    } catch {
      return;
    }
    if (file.includes(`${join(dist, 'pagefind')}`)) return;
    seen.add(file);
    queue.push(file);
  };
  for (const m of html.matchAll(SCRIPT_SRC)) push(resolveRef(dist, htmlFile, m[1], base));
  for (const m of html.matchAll(PRELOAD)) push(resolveRef(dist, htmlFile, m[1], base));
  let inlineBytes = 0;
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    inlineBytes += gzipSync(m[1]).length;
    for (const r of m[1].matchAll(JS_REF)) push(resolveRef(dist, htmlFile, r[1], base));
  }
  while (queue.length > 0) {
    const file = queue.shift();
    const code = readFileSync(file, 'utf8');
    for (const r of code.matchAll(JS_REF)) push(resolveRef(dist, file, r[1], base));
  }
  let gzip = inlineBytes;
  for (const f of seen) gzip += gzipSync(readFileSync(f)).length;
  return { files: [...seen].map((f) => relative(dist, f)), gzipBytes: gzip };
}

export function budgetReport(dist, base = '/') {
  return builtPages(dist).map(([url, file]) => ({ url, ...pageScripts(dist, file, base) }));
}
