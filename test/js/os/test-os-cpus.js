'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const cpus = os.cpus();
const statLines = fs.readFileSync('/proc/stat', 'utf8').split('\n').filter((l) => /^cpu\d+ /.test(l));
assert.strictEqual(cpus.length, statLines.length);
const models = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n')
  .filter((l) => l.startsWith('model name')).map((l) => l.slice(l.indexOf(':') + 1).trim());
cpus.forEach((cpu, i) => {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(cpu.model, models[i]);
  assert.strictEqual(typeof cpu.speed, 'number');
  for (const v of Object.values(cpu.times)) assert.ok(Number.isInteger(v) && v >= 0);
  // Times are milliseconds: /proc/stat's ticks (USER_HZ 100) times 10, read a moment apart.
  const ticks = statLines[i].trim().split(/\s+/).slice(1).map(Number);
  assert.ok(Math.abs(cpu.times.user - ticks[0] * 10) < 100000);
  assert.strictEqual(cpu.times.user % 10, 0);
});
