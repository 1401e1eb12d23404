'use strict';
// child_process: 50 spawn-and-exit cycles of /bin/true (one after the other: spawn cost plus
// exit notification), and IPC round trips with a forked child of the same runtime (time per
// round trip of a small object after a warm-up, so a ratio above 1 means node4j is slower).
const { spawn, fork } = require('child_process');

if (process.argv[2] === 'echo-child') {
  process.on('message', (m) => {
    if (m === 'end') process.disconnect();
    else process.send(m);
  });
  return;
}

function spawnOne() {
  return new Promise((resolve, reject) => {
    const c = spawn('/bin/true', [], { stdio: 'ignore' });
    c.on('error', reject);
    c.on('exit', resolve);
  });
}

function roundTrips(child, n) {
  return new Promise((resolve) => {
    let left = n;
    const msg = { seq: 0, text: 'ping', list: [1, 2, 3] };
    const t0 = process.hrtime.bigint();
    const onMessage = () => {
      if (--left === 0) {
        child.off('message', onMessage);
        resolve(Number(process.hrtime.bigint() - t0) / 1e3 / n);
      } else {
        msg.seq++;
        child.send(msg);
      }
    };
    child.on('message', onMessage);
    child.send(msg);
  });
}

(async () => {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) await spawnOne();
  console.log(`BENCH child-spawn-exit-50 ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);

  const child = fork(__filename, ['echo-child']);
  await roundTrips(child, 500); // warm-up (and the child's start-up)
  const perTrip = await roundTrips(child, 5000);
  console.log(`BENCH ipc-roundtrip ${perTrip.toFixed(1)} us`);
  child.send('end');
})();
