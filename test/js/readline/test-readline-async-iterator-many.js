'use strict';
// A slow for-await consumer over a fast input: every line arrives once, in order, and the
// interface pauses its input while lines pile up (bounded buffering).
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { Readable } = require('stream');

const N = 5000;
let produced = 0;
const input = new Readable({
  read() {
    if (produced >= N) {
      this.push(null);
      return;
    }
    let chunk = '';
    for (let i = 0; i < 100 && produced < N; i++) chunk += `line ${produced++}\n`;
    this.push(chunk);
  },
});

(async () => {
  const rl = readline.createInterface({ input });
  let paused = 0;
  rl.on('pause', () => paused++);
  let n = 0;
  for await (const line of rl) {
    assert.strictEqual(line, `line ${n}`);
    n++;
    if (n % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.strictEqual(n, N);
  assert.ok(paused >= 1);
})().then(common.mustCall());
