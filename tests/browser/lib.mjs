// Shared helpers of the browser tests: the sites under test, Chromium, page errors.
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's Chromium, quiet: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The built site named by an environment variable (run.mjs sets both). */
export function site(variable = 'VETPRESS_SITE') {
  const dir = process.env[variable];
  if (!dir) throw new Error(`${variable} is not set: run the tests with node tests/browser/run.mjs`);
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: not a built site`);
  return root;
}

/** The hostile fixture's site. */
export const hostileSite = () => site('VETPRESS_HOSTILE_SITE');

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A file:// address of a file of the site. */
export const url = (root, rel) => pathToFileURL(join(root, rel)).href;

/** Locale folders: every folder of the site with an index.html except assets. */
export function locales(root) {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'assets' && existsSync(join(root, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Every page: the root index, then each locale's pages. */
export function pages(root) {
  const all = ['index.html'];
  for (const l of locales(root)) {
    for (const f of readdirSync(join(root, l)).filter((f) => f.endsWith('.html')).sort()) all.push(`${l}/${f}`);
  }
  return all;
}

/** Collect uncaught script errors and failed loads of a page (each once): a script that
    throws or a file that is missing is a bug. */
export function watchErrors(page) {
  const errors = [];
  const add = (e) => errors.includes(e) || errors.push(e);
  page.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => add(`failed to load ${r.url()}: ${r.failure()?.errorText}`));
  return errors;
}
