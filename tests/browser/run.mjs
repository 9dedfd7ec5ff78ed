// Runs the browser tests (node:test) and prints a closing "N passed, M failed" line.
// VETPRESS_SITE: the built site (out/site); VETPRESS_HOSTILE_SITE: the site of the
// hostile fixture; VETPRESS_RTL_SITE: the site of the Arabic fixture. Any missing is built
// here first (cargo, or VETPRESS_BIN).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

function vetpress(args) {
  const bin = process.env.VETPRESS_BIN;
  const [cmd, pre] = bin ? [bin, []] : ['cargo', ['run', '--release', '--quiet', '--']];
  execFileSync(cmd, [...pre, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}

function buildSites() {
  const tmp = mkdtempSync(join(tmpdir(), 'vetpress-browser-'));
  if (!process.env.VETPRESS_SITE) {
    vetpress(['build', '--project', repo, '--edition', 'site', '--out', join(tmp, 'shipped')]);
    process.env.VETPRESS_SITE = join(tmp, 'shipped', 'site');
  }
  overlaySite('VETPRESS_HOSTILE_SITE', tmp, 'site-hostile');
  overlaySite('VETPRESS_RTL_SITE', tmp, 'arabic');
}

/** Build the site of the mini fixture with an overlay, unless `env` already names one. */
function overlaySite(env, tmp, overlay) {
  if (process.env[env]) return;
  const project = join(tmp, overlay);
  const fixtures = join(repo, 'tests', 'fixtures');
  cpSync(join(fixtures, 'mini'), project, { recursive: true });
  cpSync(join(repo, 'themes'), join(project, 'themes'), { recursive: true });
  cpSync(join(fixtures, overlay), project, { recursive: true });
  vetpress(['build', '--project', project, '--edition', 'site', '--out', join(project, 'out')]);
  process.env[env] = join(project, 'out', 'site');
}

buildSites();
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => join(here, f));
let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 10 * 60 * 1000 });
stream.on('test:pass', (t) => {
  if (t.details?.type !== 'suite' && !t.skip && !t.todo) passed += 1;
});
stream.on('test:fail', (t) => {
  if (t.details?.type !== 'suite') failed += 1;
});
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
report.on('end', () => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
