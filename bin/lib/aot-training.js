'use strict';
// The training run behind node4j's start-up cache (bin/lib/image.sh): it only has to make the
// JVM load and link the classes a typical program needs — the engine, the JIT, the bindings
// and the core modules most scripts touch — so it does a little of everything, quickly.
const util = require('util');
const path = require('path');
const { EventEmitter } = require('events');
const { Readable, Transform, Writable } = require('stream');
for (const id of ['buffer', 'fs', 'os', 'url', 'assert', 'string_decoder', 'timers/promises', 'child_process', 'net', 'http', 'crypto', 'zlib']) {
  try { require(id); } catch { /* not implemented yet: nothing to learn */ }
}
const e = new EventEmitter();
e.on('x', (v) => util.inspect({ v, p: path.join('/a', 'b'), m: new Map([[1, [2]]]) }));
for (let i = 0; i < 200; i++) e.emit('x', i);
console.log(util.format('%s %d %j', 'a', 1, { b: 2 }));
const sink = new Writable({ write(c, enc, cb) { cb(); } });
Readable.from(['a', 'b', 'c']).pipe(new Transform({ transform(c, enc, cb) { cb(null, c); } })).pipe(sink);
setTimeout(() => Promise.resolve().then(() => setImmediate(() => process.nextTick(() => {}))), 1);
try { JSON.parse('{'); } catch (err) { String(err.stack); }
