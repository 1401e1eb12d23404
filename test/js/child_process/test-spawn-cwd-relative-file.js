'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A command with a slash is found relative to the child's cwd.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'n4j-cp-'));
fs.writeFileSync(path.join(tmp, 'run.sh'), '#!/bin/sh\necho ran from $(basename $(pwd))\n', { mode: 0o755 });
const child = cp.spawn('./run.sh', [], { cwd: tmp });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, `ran from ${path.basename(tmp)}\n`);
  fs.rmSync(tmp, { recursive: true });
}));
