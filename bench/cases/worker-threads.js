'use strict';
// worker_threads: how long a Worker takes to come online and to exit (first one, then the
// median of the next ones: later workers reuse the engine's compiled code), and postMessage
// throughput as the time per round trip of a small object and per one-way message of a 64 KB
// typed array (times, so that a ratio above 1 means node4j is slower, as for every case).
const { Worker } = require('worker_threads');

const echo = `
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => { if (m === 'end') parentPort.close(); else parentPort.postMessage(m); });
`;

function startOne() {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
    let online;
    w.once('message', () => { online = Number(process.hrtime.bigint() - t0) / 1e6; });
    w.once('exit', () => resolve([online, Number(process.hrtime.bigint() - t0) / 1e6]));
  });
}

function roundTrips(n, value) {
  return new Promise((resolve) => {
    const w = new Worker(echo, { eval: true });
    let left = n;
    let t0;
    w.on('message', () => {
      if (t0 === undefined) t0 = process.hrtime.bigint();
      if (--left === 0) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        w.postMessage('end');
        w.once('exit', () => resolve(ms));
        return;
      }
      w.postMessage(value);
    });
    w.postMessage(value); // the first round trip also waits for start-up: not timed
  });
}

function oneWay(n, make) {
  return new Promise((resolve) => {
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      let count = 0;
      parentPort.on('message', (m) => { if (++count === ${n + 1}) { parentPort.postMessage(count); parentPort.close(); } });
    `, { eval: true });
    w.postMessage(make());
    w.once('online', () => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) w.postMessage(make());
      w.once('message', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
    });
  });
}

(async () => {
  const [firstOnline, firstExit] = await startOne();
  const online = [];
  const exit = [];
  for (let i = 0; i < 9; i++) {
    const [o, e] = await startOne();
    online.push(o);
    exit.push(e);
  }
  const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  console.log(`BENCH worker-first-message ${firstOnline.toFixed(1)} ms`);
  console.log(`BENCH worker-first-exit ${firstExit.toFixed(1)} ms`);
  console.log(`BENCH worker-next-message ${median(online).toFixed(1)} ms`);
  console.log(`BENCH worker-next-exit ${median(exit).toFixed(1)} ms`);
  await roundTrips(2000, { id: 1, name: 'x', tags: ['a', 'b'] }); // warm-up
  const rt = await roundTrips(10000, { id: 1, name: 'x', tags: ['a', 'b'] });
  console.log(`BENCH postMessage-roundtrip ${(rt * 1000 / 10000).toFixed(1)} us`);
  const bytes = await oneWay(2000, () => new Uint8Array(65536));
  console.log(`BENCH postMessage-64KB-one-way ${(bytes * 1000 / 2000).toFixed(1)} us`);
})();
