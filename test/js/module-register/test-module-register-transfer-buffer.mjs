// register()'s transferList moves ArrayBuffers to the hooks thread: detached here, whole there.
import assert from 'node:assert';
import { register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const buffer = new Uint8Array([1, 2, 3]).buffer;
register('../../fixtures/module-register/buffer-initialize.mjs', {
  parentURL: import.meta.url,
  data: { port: port2, buffer },
  transferList: [port2, buffer],
});
assert.strictEqual(buffer.byteLength, 0);
assert.deepStrictEqual(receiveMessageOnPort(port1)?.message, { bytes: [1, 2, 3], isArrayBuffer: true });
port1.close();
