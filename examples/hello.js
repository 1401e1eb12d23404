'use strict';
// A tour of the event loop's order: sync code, nextTick, promise jobs, then timers and immediates.
const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));
process.on('exit', () => {
  console.log(`Hello from node4j ${process.version} on ${process.versions.graaljs ? 'GraalJS ' + process.versions.graaljs : 'V8'}`);
  console.log('callback order:', order.join(' -> '));
});
