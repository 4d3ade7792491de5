// Reads the Content-Security-Policy a built page ships in its <meta http-equiv> and says what is not
// strict about it: every page must have one, scripts and stylesheets only from the site or by hash, no
// eval, and no source on another host for anything (workers, data, fonts, images, WebAssembly). Every
// inline <script> and <style> (those in <noscript> too, which only apply with JavaScript off, where no
// browser test looks) must be covered by a hash in the policy, except a data block (<script
// type="application/json">): the browser never runs one, so the policy does not apply to it.
import { createHash } from 'node:crypto';

/** The policy's directives by name, e.g. { 'script-src': ["'self'", "'sha256-…'"] }; undefined when absent. */
export function pagePolicy(html: string): Map<string, string[]> | undefined {
  const meta = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = meta && /\bcontent="([^"]*)"/i.exec(meta)?.[1];
  if (!content) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Script types a browser runs (and so checks against the policy): the HTML standard's JavaScript MIME types and the others it processes. */
const RUN_TYPES =
  /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))$/;

/** Whether an inline <script>'s opening tag makes a data block, which no browser runs (HTML, "prepare the script element"). */
export function isDataBlock(openTag: string): boolean {
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(openTag);
  if (!type) return false;
  return !RUN_TYPES.test((type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase());
}

/** A source naming a host or scheme beyond the site itself ('self', hashes, 'none' and keywords are fine). */
const FOREIGN = (source: string) => !source.startsWith("'") || source === "'unsafe-eval'";
/** Pagefind's stylesheet draws its search icon as a data: SVG; an image cannot run script or call out. */
const IMG_SRC = ["'self'", 'data:'];

export function cspProblems(html: string): string[] {
  const policy = pagePolicy(html);
  if (!policy) return ['no Content-Security-Policy meta element'];
  const problems: string[] = [];
  // A policy in a <meta> governs only what the parser meets after it.
  const metaAt = html.search(/<meta\b[^>]*http-equiv="content-security-policy"/i);
  const firstLoad = html.search(/<script\b|<style\b|<link\b[^>]*rel="(stylesheet|modulepreload)"/i);
  if (firstLoad !== -1 && firstLoad < metaAt) problems.push('a script or style comes before the policy');
  const expectExactly = (name: string, sources: string[]) => {
    const got = policy.get(name)?.join(' ');
    if (got !== sources.join(' '))
      problems.push(`${name} is "${got ?? '(absent)'}", not "${sources.join(' ')}"`);
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('object-src', ["'none'"]);
  for (const name of ['connect-src', 'worker-src', 'font-src', 'base-uri', 'form-action'])
    expectExactly(name, ["'self'"]);
  expectExactly('img-src', IMG_SRC);
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) {
      problems.push(`no ${name}`);
      continue;
    }
    if (!sources.includes("'self'")) problems.push(`${name} lacks 'self'`);
    if (!sources.some((s) => /^'sha(256|384|512)-/.test(s))) problems.push(`${name} has no hashes`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:'])
      if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
  }
  for (const name of ['script-src-elem', 'style-src-elem'])
    if (policy.get(name)?.includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
  for (const [name, sources] of policy)
    for (const s of sources.filter(FOREIGN))
      if (!(name === 'img-src' && IMG_SRC.includes(s))) problems.push(`${name} allows ${s}`);
  for (const [tag, directive] of [
    ['script', 'script-src'],
    ['style', 'style-src'],
  ] as const) {
    const allowed = policy.get(`${directive}-elem`) ?? policy.get(directive) ?? [];
    for (const m of html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))) {
      if (tag === 'script' && isDataBlock(m[0].slice(0, m[0].indexOf('>') + 1))) continue;
      const hash = `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`;
      if (!allowed.includes(hash))
        problems.push(`inline <${tag}> not in ${directive}: ${m[1].trim().slice(0, 60)}`);
    }
  }
  return problems;
}
