'use strict';
// Captures, once, everything the benchmark registry serves: the abbreviated packument of every
// package in each scenario's tree and the tarball of each locked version. The upstream registry is
// whatever `npm config get registry` says (no host name lives in this repository); the capture is
// stored outside the repo (NPM4J_BENCH_DIR, default ~/.cache/node4j/pm-bench) and reused by run.js,
// so the timed part never touches the network.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const scenarios = require('./scenarios');

const dir = process.env.NPM4J_BENCH_DIR || path.join(os.homedir(), '.cache', 'node4j', 'pm-bench');
const ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

function npmRegistry() {
  const r = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (!/^https?:\/\//.test(r)) throw new Error(`npm config get registry gave ${JSON.stringify(r)}`);
  return r.endsWith('/') ? r : r + '/';
}

async function get(url, accept) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, { headers: { accept } });
      if (!res.ok) throw new Error(`${res.status} ${url}`);
      return Buffer.from(await res.arrayBuffer());
    } catch (e) {
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}

// Runs at most `limit` jobs at a time.
async function pool(items, limit, job) {
  let i = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (i < items.length) await job(items[i++]);
  }));
}

/** Where a package's files are kept: scoped names as one path segment ("@s%2fname"). */
const enc = (name) => name.replace('/', '%2f');

async function main() {
  const upstream = npmRegistry();
  fs.mkdirSync(path.join(dir, 'packuments'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'tarballs'), { recursive: true });
  const meta = { upstream, captured: new Date().toISOString(), scenarios: {} };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'npm4j-capture-'));
  const rc = path.join(tmp, 'npmrc');
  fs.writeFileSync(rc, `registry=${upstream}\naudit=false\nfund=false\nupdate-notifier=false\n`);
  const wanted = new Map(); // name -> Set of locked tarball URLs
  for (const [id, deps] of Object.entries(scenarios)) {
    const proj = path.join(tmp, id);
    fs.mkdirSync(proj);
    fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: `bench-${id}`, version: '1.0.0', dependencies: deps }, null, 2));
    console.log(`capture: resolving ${id} with npm against ${upstream}`);
    execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts'], {
      cwd: proj, stdio: 'inherit',
      env: { ...process.env, npm_config_userconfig: rc, npm_config_cache: path.join(tmp, 'cache') },
    });
    const lock = JSON.parse(fs.readFileSync(path.join(proj, 'package-lock.json'), 'utf8'));
    let n = 0;
    for (const [loc, e] of Object.entries(lock.packages)) {
      if (loc === '' || e.link || !e.resolved || !e.resolved.startsWith(upstream)) continue;
      const name = e.name || loc.slice(loc.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (!wanted.has(name)) wanted.set(name, new Set());
      wanted.get(name).add(e.resolved);
      n++;
    }
    meta.scenarios[id] = { dependencies: deps, packages: n };
  }
  const names = [...wanted.keys()];
  let bytes = 0;
  await pool(names, 16, async (name) => {
    const pf = path.join(dir, 'packuments', enc(name) + '.json');
    if (!fs.existsSync(pf)) {
      const body = await get(upstream + enc(name), ACCEPT);
      fs.writeFileSync(pf, body);
    }
    for (const url of wanted.get(name)) {
      const rel = url.slice(upstream.length); // name/-/base-version.tgz
      const tf = path.join(dir, 'tarballs', enc(name), path.basename(rel));
      if (!fs.existsSync(tf)) {
        fs.mkdirSync(path.dirname(tf), { recursive: true });
        const b = await get(url, '*/*');
        fs.writeFileSync(tf, b);
        bytes += b.length;
      }
    }
  });
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta, null, 2));
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`capture: ${names.length} packages, ${(bytes / 1048576).toFixed(1)} MiB of new tarballs in ${dir}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
