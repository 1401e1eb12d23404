'use strict';
// The seed "Hello, World!" server and an http.get loop in the same process over one kept-alive
// socket (the global agent): 200 warm-up requests, then 5,000 timed ones, 10 in flight.
const http = require('http');

const server = http.createServer((req, res) => {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!\n');
});

function run(count, inFlight, done) {
  let started = 0;
  let finished = 0;
  const { port } = server.address();
  function one() {
    started++;
    http.get({ port, host: '127.0.0.1', path: '/' }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++finished === count) done();
        else if (started < count) one();
      });
    });
  }
  for (let i = 0; i < inFlight && i < count; i++) one();
}

server.listen(0, '127.0.0.1', () => {
  run(200, 10, () => {
    const t = process.hrtime.bigint();
    run(5000, 10, () => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      console.log(`BENCH http-get-5k ${ms.toFixed(1)} ms`);
      console.log(`BENCH http-req-per-s ${(5000 / (ms / 1000)).toFixed(0)} req/s`);
      server.close();
      http.globalAgent.destroy();
    });
  });
});
