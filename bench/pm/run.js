'use strict';
// npm vs npm4j, same run, same local registry (registry.js over the capture of capture.js).
//   cold: empty cache, no lockfile, no node_modules (resolve, download, unpack everything)
//   warm: the cache and lockfile left by that tool's cold run, no node_modules
// Each case runs --runs times per tool (alternating tools); medians are compared as npm/npm4j.
// Usage: node bench/pm/run.js [--runs N] [--only express|tools] [--tools npm,npm4j]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const scenarios = require('./scenarios');

const ROOT = path.resolve(__dirname, '..', '..');
const dir = process.env.NPM4J_BENCH_DIR || path.join(os.homedir(), '.cache', 'node4j', 'pm-bench');
const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const RUNS = Number(opt('--runs', 3));
const ONLY = opt('--only', null);
const TOOLS = {
  npm: ['npm', ['install']],
  npm4j: [path.join(ROOT, 'bin', 'npm4j'), ['install']],
};

function startRegistry() {
  const child = spawn(process.execPath, [path.join(__dirname, 'registry.js'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => {
      const m = /port (\d+)/.exec(String(d));
      m ? resolve({ child, url: `http://127.0.0.1:${m[1]}/` }) : reject(new Error(String(d)));
    });
    child.once('exit', (c) => reject(new Error(`registry exited ${c}`)));
  });
}

// Wall time, plus the CPU time (user + sys) of the tool and its children via /usr/bin/time when
// present: on a shared, loaded machine CPU time is the steadier measure.
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function timeInstall(tool, proj, env) {
  const [cmd, argv] = TOOLS[tool];
  const cpuFile = path.join(proj, '..', `cpu-${tool}.txt`);
  const [c, a] = TIME ? [TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...argv]] : [cmd, argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c, a, { cwd: proj, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${tool} install failed in ${proj}:\n${r.stdout}\n${r.stderr}`);
  let cpu = NaN;
  if (TIME) {
    const [u, s] = fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (u + s) * 1000;
  }
  return { ms, cpu };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const rm = (p) => fs.rmSync(p, { recursive: true, force: true });

async function main() {
  if (!fs.existsSync(path.join(dir, 'meta.json'))) {
    console.error(`no capture in ${dir}: run \`node bench/pm/capture.js\` once (needs the network)`);
    process.exit(2);
  }
  // Build npm4j before timing anything.
  spawnSync(TOOLS.npm4j[0], ['--version'], { stdio: 'ignore' });
  const reg = await startRegistry();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'npm4j-bench-'));
  const rc = path.join(work, 'npmrc');
  fs.writeFileSync(rc, `registry=${reg.url}\naudit=false\nfund=false\nupdate-notifier=false\nloglevel=warn\n`);
  const baseEnv = { ...process.env, npm_config_userconfig: rc };
  for (const k of Object.keys(baseEnv)) if (/^npm_config_/i.test(k) && k !== 'npm_config_userconfig') delete baseEnv[k];
  const tools = opt('--tools', 'npm,npm4j').split(',');
  // One untimed install per tool first: it fills the OS file cache with each tool's own files
  // and lets npm4j's launcher write its class-data archive (made once per build).
  for (const tool of tools) {
    const proj = path.join(work, `warmup-${tool}`);
    fs.mkdirSync(proj);
    fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'warmup', version: '1.0.0', dependencies: scenarios.express }));
    timeInstall(tool, proj, { ...baseEnv, npm_config_cache: path.join(work, `cache-warmup-${tool}`) });
    rm(proj);
  }
  const rows = [];
  try {
    for (const [id, deps] of Object.entries(scenarios)) {
      if (ONLY && ONLY !== id) continue;
      const times = {};
      for (let run = 0; run < RUNS; run++) {
        for (const tool of tools) {
          const proj = path.join(work, `${id}-${tool}`);
          const cache = path.join(work, `cache-${tool}`);
          rm(proj); rm(cache);
          fs.mkdirSync(proj);
          fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: `bench-${id}`, version: '1.0.0', dependencies: deps }, null, 2));
          const env = { ...baseEnv, npm_config_cache: cache };
          const cold = timeInstall(tool, proj, env);
          rm(path.join(proj, 'node_modules'));
          const warm = timeInstall(tool, proj, env);
          const t = (times[tool] ??= { cold: [], warm: [], coldCpu: [], warmCpu: [] });
          t.cold.push(cold.ms);
          t.warm.push(warm.ms);
          t.coldCpu.push(cold.cpu);
          t.warmCpu.push(warm.cpu);
          console.error(`${id} ${tool} run ${run + 1}: cold ${cold.ms.toFixed(0)} ms (cpu ${cold.cpu.toFixed(0)}), ` +
            `warm ${warm.ms.toFixed(0)} ms (cpu ${warm.cpu.toFixed(0)})`);
        }
      }
      rows.push([id, times]);
    }
  } finally {
    reg.child.kill();
    rm(work);
  }
  console.log(`\n${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; medians of ${RUNS}`);
  console.log('| tree | case | npm wall (ms) | npm4j wall (ms) | wall npm / npm4j | npm cpu (ms) | npm4j cpu (ms) | cpu npm / npm4j |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [id, t] of rows) {
    for (const c of ['cold', 'warm']) {
      if (!t.npm || !t.npm4j) continue;
      const a = median(t.npm[c]), b = median(t.npm4j[c]);
      const ac = median(t.npm[c + 'Cpu']), bc = median(t.npm4j[c + 'Cpu']);
      console.log(`| ${id} | ${c} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)}× | ` +
        `${ac.toFixed(0)} | ${bc.toFixed(0)} | ${(ac / bc).toFixed(2)}× |`);
    }
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
