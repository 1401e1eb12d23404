// exit: 1
// An error thrown by an ES module entry point: Node's fatal report, with file: URLs.
import { count } from '../../fixtures/esm/counter.mjs';

process.on('exit', (code) => console.log('exit', code, count));
function fail() {
  throw new Error('esm boom');
}
fail();
