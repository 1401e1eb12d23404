'use strict';
// EventEmitter.emit in a loop: 1,000,000 emits per iteration to 0, 1 and 3 listeners with
// 0-2 arguments, timed per iteration.
const { EventEmitter } = require('events');

const ee = new EventEmitter();
let sink = 0;
ee.on('one', (a) => { sink += a; });
ee.on('three', (a, b) => { sink += a; });
ee.on('three', (a, b) => { sink += b; });
ee.on('three', () => { sink++; });

function time(name, fn) {
  const times = [];
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const warm = times.slice(-10).sort((a, b) => a - b);
  console.log(`BENCH ${name}-first ${times[0].toFixed(2)} ms`);
  console.log(`BENCH ${name}-warm ${warm[5].toFixed(2)} ms`);
}

const N = 1e6;
time('events-emit-none-1M', () => { for (let i = 0; i < N; i++) ee.emit('none'); });
time('events-emit-one-1M', () => { for (let i = 0; i < N; i++) ee.emit('one', i); });
time('events-emit-three-1M', () => { for (let i = 0; i < N; i++) ee.emit('three', i, 1); });
if (sink === 0) throw new Error('listeners did not run');
