'use strict';
// Golden event-order log: many small stream scenarios run one after another;
// each logs its events (and nextTick/microtask markers). The expected output,
// test-event-order-golden-N.out, is what Node 24 prints.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, compose } = stream;
const out = [];
let cur = '';
function L(...a) { out.push(cur + ': ' + a.map((x) => (x instanceof Error ? `Err(${x.code || x.name}:${x.message})` : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? JSON.stringify(x) : String(x))).join(' ')); }
function watch(name, s, evs = ['data', 'end', 'finish', 'close', 'error', 'prefinish', 'drain', 'readable', 'pause', 'resume', 'pipe', 'unpipe']) {
  for (const e of evs) s.on(e, (x) => L(name, e, e === 'data' ? String(x) : e === 'error' ? x : ''));
}
function ticks(tag) { process.nextTick(() => L(tag, 'tick')); queueMicrotask(() => L(tag, 'micro')); }
// Scenario budgets (setTimeout(done, N)) are generous: a cold JIT on a loaded machine is slow.
const scenarios = [];
function S(name, fn) { scenarios.push([name, fn]); }
S('pipeline-dest-error', (done) => {
  const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { setImmediate(cb, new Error('dest')); } });
  watch('r', r, ['end', 'close', 'error', 'pause']); watch('w', w, ['finish', 'close', 'error', 'unpipe']);
  pipeline(r, w, (err) => { L('cb', err); setTimeout(done, 100); }); r.push('a'); ticks('t');
});
S('pipeline-src-error', (done) => {
  const r = new Readable({ read() {} }); const p = new PassThrough(); const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('r', r, ['end', 'close', 'error']); watch('p', p, ['close', 'error', 'finish', 'end']); watch('w', w, ['finish', 'close', 'error']);
  pipeline(r, p, w, (err) => { L('cb', err); setTimeout(done, 100); }); r.push('a'); setImmediate(() => r.destroy(new Error('src')));
});
S('pipeline-iter-to-writable', (done) => {
  const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L('_write', c); setImmediate(cb); } });
  watch('w', w, ['finish', 'close', 'drain']);
  pipeline([1, 2, 3], w, (err) => { L('cb', err); done(); });
});
S('duplex-from-gen', (done) => {
  const d = Duplex.from(async function* (src) { for await (const x of src) { L('gen got', x); yield x + '!'; } L('gen done'); });
  watch('d', d, ['data', 'end', 'finish', 'close', 'prefinish']);
  d.write('a'); d.write('b'); d.end(); ticks('t');
  setTimeout(done, 400);
});
S('duplex-from-pair', (done) => {
  const r = new Readable({ objectMode: true, read() {} }); const w = new Writable({ objectMode: true, write(c, e, cb) { L('w _write', c); cb(); } });
  const d = Duplex.from({ readable: r, writable: w });
  watch('d', d, ['data', 'end', 'finish', 'close']); watch('r', r, ['end', 'close']); watch('w', w, ['finish', 'close']);
  d.write('x'); d.end(); r.push('y'); r.push(null);
  setTimeout(done, 400);
});
S('compose-three', (done) => {
  const mk = (n) => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + n); } });
  const a = mk('1'), b = mk('2'), c = mk('3');
  const d = compose(a, b, c);
  watch('d', d, ['data', 'end', 'finish', 'close', 'prefinish']); watch('a', a, ['finish', 'end', 'close']); watch('c', c, ['finish', 'end', 'close']);
  d.write('x'); d.end('y'); ticks('t');
  setTimeout(done, 400);
});
S('transform-flush-async', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { L('flush'); setImmediate(() => cb(null, 'F')); } });
  watch('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.end('z'); ticks('t');
  setTimeout(done, 400);
});
S('readable-hwm-read-loop', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { L('_read', n, r.readableLength); if (i < 6) this.push('ab'); else this.push(null); i++; } });
  r.on('readable', () => { L('readable', r.readableLength); let c; while ((c = r.read(3)) !== null) L('got', String(c)); });
  r.on('end', () => L('end'));
  setTimeout(done, 400);
});
S('writable-destroy-in-write', (done) => {
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); this.destroy(new Error('inwrite')); cb(); } });
  watch('w', w, ['finish', 'close', 'error', 'drain']);
  w.write('a', (e) => L('cb a', e)); w.write('b', (e) => L('cb b', e));
  setTimeout(done, 200);
});
S('finished-duplex-halfopen', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, (err) => L('finished', err)); watch('d', d, ['end', 'finish', 'close']);
  d.end(); setTimeout(() => { d.push(null); d.resume(); }, 2);
  setTimeout(done, 300);
});
S('async-iter-data-timing', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  (async () => { for await (const x of r) { L('it', x); } L('it done'); })();
  r.push(1); process.nextTick(() => { r.push(2); r.push(null); }); ticks('t');
  setTimeout(done, 200);
});
S('map-abort', (done) => {
  const ac = new AbortController();
  const m = Readable.from([1, 2, 3]).map(async (x) => { await new Promise((r) => setTimeout(r, 2)); return x; }, { signal: ac.signal });
  watch('m', m, ['data', 'end', 'close', 'error']);
  m.once('data', () => ac.abort());
  setTimeout(done, 400);
});
let idx = 0; let printed = false;
function next() {
  if (idx >= scenarios.length) { printed = true; console.log(out.join('\n')); return; }
  const [name, fn] = scenarios[idx++]; cur = name;
  try { fn(() => setImmediate(next)); } catch (e) { L('THREW', e); setImmediate(next); }
}
process.on('exit', () => { if (!printed) console.log(out.join('\n') + '\n<<INCOMPLETE>>'); });
process.on('uncaughtException', (e) => L('UNCAUGHT', e));
next();
