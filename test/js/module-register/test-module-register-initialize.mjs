// initialize() runs on the hooks thread with register()'s data (ports transferred through
// transferList); register() returns only once the promise initialize() returned settles.
import assert from 'node:assert';
import { register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const data = { port: port2, value: { nested: [1, 'two'] } };
const result = register('../../fixtures/module-register/initialize.mjs', {
  parentURL: import.meta.url,
  data,
  transferList: [port2],
});
assert.strictEqual(result, undefined);
// initialize() waited 20 ms before posting; register() waited for it
const received = receiveMessageOnPort(port1);
assert.deepStrictEqual(received, { message: { value: { nested: [1, 'two'] }, isMainThread: false } });
port1.close();
