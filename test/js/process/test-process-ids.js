'use strict';
const assert = require('assert');
for (const k of ['pid', 'ppid']) {
  assert.ok(Number.isInteger(process[k]) && process[k] > 0, k);
}
for (const f of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  assert.ok(Number.isInteger(process[f]()) && process[f]() >= 0, f);
}
assert.ok(Array.isArray(process.getgroups()));
assert.notStrictEqual(process.pid, process.ppid);
