'use strict';
// Golden event-order log: many small stream scenarios run one after another;
// each logs its events (and nextTick/microtask markers). The expected output,
// test-event-order-golden-N.out, is what Node 24 prints.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const out = [];
let cur = '';
function L(...a) { out.push(cur + ': ' + a.map((x) => (x instanceof Error ? `Err(${x.code || x.name}:${x.message})` : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? JSON.stringify(x) : String(x))).join(' ')); }
function ticks(tag) { process.nextTick(() => L(tag, 'tick1')); queueMicrotask(() => L(tag, 'micro1')); setImmediate(() => L(tag, 'immediate')); }
function watch(name, s, evs = ['data', 'end', 'finish', 'close', 'error', 'prefinish', 'drain', 'readable', 'pause', 'resume', 'pipe', 'unpipe']) {
  for (const e of evs) s.on(e, (x) => L(name, e, e === 'data' ? String(x) : e === 'error' ? x : ''));
}
// Scenario budgets (setTimeout(done, N)) are generous: a cold JIT on a loaded machine is slow.
const scenarios = [];
function S(name, fn) { scenarios.push([name, fn]); }

S('readable-flowing-basic', (done) => {
  const r = new Readable({ read() {} });
  watch('r', r, ['data', 'end', 'close', 'pause', 'resume']);
  r.push('a'); r.push('b'); r.push(null); ticks('t');
  setTimeout(done, 200);
});
S('readable-readable-event', (done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => { L('readable', r.readableLength); let c; while ((c = r.read()) !== null) L('read', String(c)); });
  watch('r', r, ['end', 'close']);
  r.push('abc'); setTimeout(() => { r.push('d'); r.push(null); }, 1);
  setTimeout(done, 200);
});
S('readable-sync-read-push', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 2, read() { L('_read', i); if (i < 5) this.push(String(i++)); else this.push(null); } });
  watch('r', r, ['data', 'end', 'close']);
  setTimeout(done, 200);
});
S('readable-async-read-push', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 2, read() { L('_read', i); setImmediate(() => { if (i < 4) this.push(String(i++)); else this.push(null); }); } });
  watch('r', r, ['data', 'end', 'close']);
  setTimeout(done, 2000);
});
S('readable-objectmode-hwm', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  for (let i = 0; i < 20; i++) L('push', i, r.push({ i }), r.readableLength);
  r.push(null);
  r.on('data', (d) => L('d', d.i)); r.on('end', () => L('end'));
  setTimeout(done, 200);
});
S('readable-destroy-err', (done) => {
  const r = new Readable({ read() {} });
  watch('r', r, ['data', 'end', 'close', 'error']);
  r.destroy(new Error('x')); L('after destroy', r.destroyed, r.errored?.message, r.closed);
  ticks('t');
  setTimeout(() => { L('state', r._readableState.errorEmitted, r._readableState.closeEmitted); done(); }, 100);
});
S('readable-destroy-cb', (done) => {
  const r = new Readable({ read() {}, destroy(err, cb) { L('_destroy', err); setImmediate(() => cb(err)); } });
  watch('r', r, ['close', 'error']);
  r.destroy(null, (e) => L('cb', e)); r.destroy(new Error('second'), (e) => L('cb2', e));
  setTimeout(done, 200);
});
S('readable-push-after-eof', (done) => {
  const r = new Readable({ read() {} });
  watch('r', r, ['end', 'close', 'error', 'data']);
  r.push(null); L('push', r.push('x'));
  setTimeout(done, 200);
});
S('readable-unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('abc'); r.push('def');
  L('read2', String(r.read(2)));
  r.unshift('XY');
  L('read4', String(r.read(4)), r.readableLength);
  r.push(null);
  r.on('data', (d) => L('data', String(d))); r.on('end', () => { L('end'); try { r.unshift('z'); } catch (e) { L('throw', e); } });
  r.on('error', (e) => L('error', e));
  setTimeout(done, 200);
});
S('readable-pause-resume', (done) => {
  const r = new Readable({ read() {} });
  watch('r', r, ['data', 'pause', 'resume', 'end']);
  r.push('a'); r.pause(); L('flowing', r.readableFlowing, r.isPaused());
  setTimeout(() => { r.resume(); L('flowing', r.readableFlowing); r.push('b'); r.push(null); }, 2);
  setTimeout(done, 200);
});
S('readable-setEncoding', (done) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82])); r.setEncoding('utf8'); r.push(Buffer.from([0xac, 0x41]));
  r.on('data', (d) => L('data', typeof d, d)); r.on('end', () => L('end'));
  r.push(null);
  setTimeout(done, 200);
});
S('readable-read-n', (done) => {
  const r = new Readable({ read() {} });
  r.push('hello'); r.push('world');
  L(String(r.read(3)), String(r.read(4)), String(r.read(10)), r.readableLength);
  r.push(null);
  L(String(r.read(10)), String(r.read()), r.readableEnded);
  r.on('end', () => L('end')); ticks('t');
  setTimeout(done, 200);
});
S('writable-basic', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { L('_write', String(c), e); setImmediate(cb); } });
  watch('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
  L('w1', w.write('ab', () => L('cb1')), w.writableLength, w.writableNeedDrain);
  L('w2', w.write('cd', () => L('cb2')), w.writableLength, w.writableNeedDrain);
  w.end('e', () => L('endcb'));
  L('ended', w.writableEnded, w.writableFinished);
  setTimeout(done, 400);
});
S('writable-sync-cb', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('w', w, ['drain', 'finish', 'prefinish', 'close']);
  L('w1', w.write('ab', () => L('cb1')));
  L('w2', w.write('cd', () => L('cb2')));
  L('w3', w.write('e', () => L('cb3')));
  ticks('t');
  w.end(() => L('endcb'));
  setTimeout(done, 200);
});
S('writable-final', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { L('_final'); setImmediate(() => { L('final cb'); cb(); }); } });
  watch('w', w, ['finish', 'prefinish', 'close']);
  w.write('x'); w.end(); L('after end');
  setTimeout(done, 200);
});
S('writable-final-sync', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { L('_final'); cb(); } });
  watch('w', w, ['finish', 'prefinish', 'close']);
  w.end(); L('after end'); ticks('t');
  setTimeout(done, 200);
});
S('writable-final-error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ferr')); } });
  watch('w', w, ['finish', 'prefinish', 'close', 'error']);
  w.end((e) => L('endcb', e));
  setTimeout(done, 200);
});
S('writable-write-error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
  watch('w', w, ['finish', 'close', 'error', 'drain']);
  w.write('a', (e) => L('cb1', e)); w.write('b', (e) => L('cb2', e));
  L('state', w.errored?.message, w.writable, w.destroyed);
  setTimeout(done, 200);
});
S('writable-write-after-end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('w', w, ['finish', 'close', 'error']);
  w.end(); L('ret', w.write('x', (e) => L('cb', e)));
  setTimeout(done, 200);
});
S('writable-cork', (done) => {
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); cb(); }, writev(chunks, cb) { L('_writev', chunks.map((c) => String(c.chunk)).join('|'), chunks.allBuffers); cb(); } });
  w.cork(); w.write('a'); w.write('b', () => L('cb b')); w.write('c'); L('corked', w.writableCorked, w.writableLength);
  process.nextTick(() => { w.uncork(); L('uncorked'); });
  w.on('finish', () => L('finish'));
  setTimeout(() => { w.end(); }, 2);
  setTimeout(done, 200);
});
S('writable-destroy-pending', (done) => {
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); setImmediate(cb); } });
  watch('w', w, ['finish', 'close', 'error']);
  w.write('a', (e) => L('cb a', e)); w.write('b', (e) => L('cb b', e)); w.end((e) => L('end cb', e));
  w.destroy(); L('destroyed');
  setTimeout(done, 200);
});
S('duplex-halfopen', (done) => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  watch('d', d, ['end', 'finish', 'close', 'prefinish']);
  d.push(null); d.resume();
  setTimeout(done, 200);
});
S('duplex-both', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('d', d, ['data', 'end', 'finish', 'close']);
  d.write('x'); d.end(); d.push('y'); d.push(null);
  setTimeout(done, 200);
});
S('transform-basic', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); }, flush(cb) { L('flush'); cb(null, '!'); } });
  watch('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.write('a'); t.end('b');
  setTimeout(done, 200);
});
S('transform-backpressure', (done) => {
  let n = 0;
  const t = new Transform({ highWaterMark: 2, objectMode: true, transform(c, e, cb) { n++; L('_t', c); cb(null, c); } });
  for (let i = 0; i < 6; i++) L('w', i, t.write(i), t.writableLength, t.readableLength);
  setTimeout(() => { L('n', n); t.on('data', (d) => L('d', d)); t.end(); }, 2);
  t.on('end', () => L('end'));
  setTimeout(done, 200);
});
S('passthrough-pipe', (done) => {
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('r', r, ['end', 'close']); watch('p', p, ['end', 'finish', 'close', 'pipe', 'unpipe']); watch('w', w, ['finish', 'close', 'pipe', 'unpipe']);
  r.pipe(p).pipe(w);
  r.push('a'); r.push('b'); r.push(null);
  setTimeout(done, 200);
});
S('pipe-backpressure', (done) => {
  let i = 0; let maxBuf = 0;
  const r = new Readable({ highWaterMark: 4, read() { if (i < 20) this.push('xx'); else this.push(null); i++; } });
  const w = new Writable({ highWaterMark: 4, write(c, e, cb) { maxBuf = Math.max(maxBuf, w.writableLength + r.readableLength); setImmediate(cb); } });
  let drains = 0; w.on('drain', () => drains++);
  r.pipe(w); w.on('finish', () => { L('finish', drains, maxBuf); done(); });
});
S('pipe-dest-error', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  watch('r', r, ['end', 'close', 'pause']); watch('w', w, ['close', 'error', 'unpipe']);
  r.pipe(w); r.push('a');
  setTimeout(() => { L('pipes', r._readableState.pipes.length, r.readableFlowing); done(); }, 10);
});
S('unpipe', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('w', w, ['unpipe', 'pipe', 'finish']); watch('r', r, ['pause', 'resume']);
  r.pipe(w); r.push('a');
  setTimeout(() => { r.unpipe(w); L('flowing', r.readableFlowing); r.push('b'); setTimeout(done, 100); }, 2);
});
S('pipeline-ok', (done) => {
  const r = Readable.from(['a', 'b', 'c']);
  const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } });
  const w = new Writable({ objectMode: true, write(c, e, cb) { L('_write', c); cb(); } });
  watch('r', r, ['end', 'close']); watch('t', t, ['end', 'finish', 'close']); watch('w', w, ['finish', 'close']);
  pipeline(r, t, w, (err) => { L('pipeline cb', err); done(); });
});
S('pipeline-error', (done) => {
  const r = new Readable({ read() {} });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('terr')); } });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('r', r, ['end', 'close', 'error']); watch('t', t, ['close', 'error']); watch('w', w, ['finish', 'close', 'error']);
  pipeline(r, t, w, (err) => { L('pipeline cb', err); setTimeout(done, 100); });
  r.push('x');
});
S('pipeline-asyncgen', (done) => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { L('_write', c); cb(); } });
  pipeline(async function* () { yield 1; yield 2; }, async function* (src) { for await (const x of src) yield x * 10; }, w, (err) => { L('cb', err); done(); });
});
S('pipeline-promise-dest', (done) => {
  pipeline(Readable.from([1, 2, 3]), async function (src) { let s = 0; for await (const x of src) s += x; return s; }, (err, val) => { L('cb', err, val); done(); });
});
S('finished-readable', (done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => L('finished', err)); watch('r', r, ['end', 'close']);
  r.resume(); r.push(null);
  setTimeout(done, 200);
});
S('finished-premature', (done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => L('finished', err)); watch('r', r, ['end', 'close']);
  r.destroy();
  setTimeout(done, 200);
});
S('finished-writable-noclose', (done) => {
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  finished(w, (err) => L('finished', err)); watch('w', w, ['finish', 'close']);
  w.end('x');
  setTimeout(done, 200);
});
S('finished-already', (done) => {
  const r = new Readable({ read() {} }); r.resume(); r.push(null);
  setTimeout(() => { finished(r, (err) => L('finished late', err)); L('registered'); setTimeout(done, 100); }, 2);
});
S('async-iter', (done) => {
  const r = Readable.from([1, 2, 3]);
  watch('r', r, ['end', 'close']);
  (async () => { for await (const x of r) L('got', x); L('loop done'); })().then(() => setTimeout(done, 100));
});
S('async-iter-break', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3);
  watch('r', r, ['end', 'close', 'error']);
  (async () => { for await (const x of r) { L('got', x); break; } L('loop done', r.destroyed); })().then(() => setTimeout(done, 100));
});
S('async-iter-error', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setTimeout(() => r.destroy(new Error('iterr')), 1);
  (async () => { try { for await (const x of r) L('got', x); } catch (e) { L('caught', e); } })().then(() => setTimeout(done, 100));
});
S('from-sync', (done) => {
  const r = Readable.from([1, 2, 3]);
  watch('r', r, ['data', 'end', 'close']); ticks('t');
  setTimeout(done, 200);
});
S('from-async', (done) => {
  const r = Readable.from((async function* () { yield 'a'; yield 'b'; })());
  watch('r', r, ['data', 'end', 'close']); ticks('t');
  setTimeout(done, 200);
});
S('from-promises', (done) => {
  const r = Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]);
  watch('r', r, ['data', 'end', 'close']);
  setTimeout(done, 200);
});
S('operators', (done) => {
  (async () => {
    L('map', await Readable.from([1, 2, 3, 4]).map(async (x) => x * 2, { concurrency: 2 }).toArray());
    L('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray());
    L('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
    L('drop/take', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
    L('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
    L('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).every((x) => x > 2));
    L('find', await Readable.from([1, 2, 3]).find((x) => x > 1));
    const seen = []; await Readable.from([1, 2]).forEach((x) => seen.push(x)); L('forEach', seen);
    try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { L('reduce empty', e); }
  })().then(done, (e) => { L('ERR', e); done(); });
});
S('map-concurrency-order', (done) => {
  let active = 0; let maxActive = 0;
  Readable.from([30, 10, 20, 5]).map(async (x) => { active++; maxActive = Math.max(active, maxActive); await new Promise((r) => setTimeout(r, x)); active--; return x; }, { concurrency: 3 }).toArray().then((a) => { L('res', a, maxActive); done(); });
});
S('construct', (done) => {
  const w = new Writable({ construct(cb) { L('_construct'); setImmediate(() => { L('construct done'); cb(); }); }, write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('w', w, ['finish', 'close']);
  w.write('a'); w.end('b'); L('sync end');
  const r = new Readable({ construct(cb) { L('r _construct'); cb(); }, read() { L('r _read'); this.push(null); } });
  watch('r', r, ['end', 'close']); r.resume();
  setTimeout(done, 200);
});
S('construct-error', (done) => {
  const w = new Writable({ construct(cb) { cb(new Error('cerr')); }, write(c, e, cb) { cb(); } });
  watch('w', w, ['finish', 'close', 'error']);
  w.write('a', (e) => L('wcb', e));
  setTimeout(done, 200);
});
S('autoDestroy-false', (done) => {
  const r = new Readable({ autoDestroy: false, read() {} });
  watch('r', r, ['end', 'close', 'error']);
  r.resume(); r.push(null);
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('e1')); } });
  watch('w', w, ['finish', 'close', 'error']);
  w.write('x');
  setTimeout(() => { L('states', r.destroyed, w.destroyed, w.errored?.message); done(); }, 10);
});
S('addAbortSignal', (done) => {
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  watch('r', r, ['close', 'error']);
  ac.abort();
  setTimeout(done, 200);
});
S('compose', (done) => {
  const c = stream.compose(new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '1'); } }), new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '2'); } }));
  watch('c', c, ['data', 'end', 'finish', 'close']);
  c.write('a'); c.end('b');
  setTimeout(done, 400);
});
S('duplex-from', (done) => {
  const d = Duplex.from(async function* (src) { for await (const x of src) yield String(x).toUpperCase(); });
  watch('d', d, ['data', 'end', 'finish', 'close']);
  d.write('a'); d.end('b');
  setTimeout(done, 400);
});
S('emitClose-false', (done) => {
  const r = new Readable({ emitClose: false, read() {} });
  watch('r', r, ['end', 'close']);
  r.resume(); r.push(null);
  setTimeout(() => { L('destroyed', r.destroyed, r.closed); done(); }, 10);
});
S('readable-on-readable-then-data', (done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => L('readable', r.readableFlowing));
  r.on('data', (d) => L('data', String(d)));
  r.push('a');
  setTimeout(() => { r.removeAllListeners('readable'); L('flow', r.readableFlowing); r.push('b'); setTimeout(() => { L('flow2', r.readableFlowing); done(); }, 2); }, 2);
});
S('write-objectmode-hwm', (done) => {
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  for (let i = 0; i < 4; i++) L('w', i, w.write({}), w.writableLength, w.writableNeedDrain);
  w.on('drain', () => { L('drain', w.writableLength); done(); });
});
S('hwm0', (done) => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  L('w', w.write('a'));
  w.on('drain', () => L('drain'));
  const r = new Readable({ highWaterMark: 0, read() { L('_read'); } });
  L('push', r.push('x'));
  r.on('data', (d) => L('data', String(d)));
  setTimeout(done, 200);
});
S('stream-promises', (done) => {
  const sp = require('stream/promises');
  (async () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    await sp.pipeline(Readable.from(['a', 'b']), w); L('pipeline resolved');
    const r = new Readable({ read() {} }); r.resume(); r.push(null);
    await sp.finished(r); L('finished resolved');
    const r2 = new Readable({ read() {} }); r2.destroy(new Error('pe'));
    try { await sp.finished(r2); } catch (e) { L('rejected', e); }
  })().then(done);
});
S('end-twice', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch('w', w, ['finish', 'close', 'error']);
  w.end(); w.end((e) => L('end2 cb', e));
  setTimeout(() => { w.end((e) => L('end3 cb', e)); setTimeout(done, 100); }, 5);
});
S('writev-errors', (done) => {
  const w = new Writable({ writev(chunks, cb) { L('_writev', chunks.length); cb(new Error('vfail')); }, write(c, e, cb) { L('_write'); setImmediate(cb); } });
  watch('w', w, ['close', 'error']);
  w.write('a', (e) => L('a', e)); w.write('b', (e) => L('b', e)); w.write('c', (e) => L('c', e));
  setTimeout(done, 200);
});
S('legacy-stream-pipe', (done) => {
  const s = new stream.Stream(); s.readable = true;
  const w = new Writable({ write(c, e, cb) { L('_write', String(c)); cb(); } });
  watch('w', w, ['finish', 'pipe']);
  s.pipe(w); s.emit('data', 'a'); s.emit('end');
  setTimeout(done, 200);
});
S('readable-wrap', (done) => {
  const s = new stream.Stream(); s.readable = true; s.pause = () => L('src pause'); s.resume = () => L('src resume');
  const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(s);
  s.emit('data', 'a'); s.emit('data', 'b');
  r.on('data', (d) => L('data', d)); r.on('end', () => L('end'));
  setTimeout(() => s.emit('end'), 2);
  setTimeout(done, 200);
});
S('isX', (done) => {
  const r = new Readable({ read() {} });
  L('before', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r), stream.isWritable(r));
  r.destroy(new Error('z')); r.on('error', () => {});
  L('after', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
  setTimeout(() => { L('later', stream.isErrored(r), r.readableAborted); done(); }, 5);
});

let idx = 0;
function next() {
  if (idx >= scenarios.length) { printed=true; console.log(out.join('\n')); return; }
  const [name, fn] = scenarios[idx++];
  cur = name;
  try { fn(() => setImmediate(next)); } catch (e) { L('THREW', e); setImmediate(next); }
}
let printed=false; process.on('exit',()=>{ if(!printed) console.log(out.join('\n')+'\n<<INCOMPLETE>>'); });
process.on('uncaughtException', (e) => L('UNCAUGHT', e));
next();
