'use strict';
// serialization: 'advanced' frames each message as a 4-byte big-endian length and V8's
// serialization bytes, both ways (checked here against a sh child writing and reading raw bytes).
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

// The child writes the frame of v8.serialize('hi'), then dumps the first frame it receives.
const script = 'printf "\\000\\000\\000\\006\\377\\017\\042\\002hi" >&3; head -c 10 <&3 | od -An -tx1';
const child = cp.spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], serialization: 'advanced' });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg, 'hi');
  child.send('hi');
}));
// 'close', not 'exit': the child's output may still be in flight when it exits
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out.trim().split(/\s+/).join(' '), '00 00 00 06 ff 0f 22 02 68 69');
}));
