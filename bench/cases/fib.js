'use strict';
// CPU-bound: recursive fib(30), timed per iteration; reports the first and the warm median.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const times = [];
for (let i = 0; i < 30; i++) {
  const t = process.hrtime.bigint();
  fib(30);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const warm = times.slice(-10).sort((a, b) => a - b);
console.log(`BENCH fib30-first ${times[0].toFixed(2)} ms`);
console.log(`BENCH fib30-warm ${warm[5].toFixed(2)} ms`);
