// What the default resolve and load give the asynchronous hooks, and the contexts they see:
// CommonJS comes without its source, builtins with a null one, others as a Buffer.
import assert from 'node:assert';
import { register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
register('../../fixtures/module-register/inspect.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });

function reports() {
  const out = [];
  let m;
  while ((m = receiveMessageOnPort(port1)) !== undefined) out.push(m.message);
  return out;
}

const conditions = ['node', 'import', 'module-sync', 'node-addons'];
const resolveKeys = ['conditions', 'importAttributes', 'parentURL'];
const loadKeys = ['format', 'importAttributes'];
const loadResultKeys = ['format', 'responseURL', 'source'];

const cases = [
  ['../../fixtures/module-register/plain.cjs', 'commonjs', 'undefined'],
  ['../../fixtures/module-register/plain.mjs', 'module', 'Buffer'],
  ['fs', 'builtin', 'null'],
];
for (const [specifier, format, source] of cases) {
  await import(specifier);
  const [resolved, loaded] = reports();
  assert.deepStrictEqual(resolved, {
    hook: 'resolve', specifier, contextKeys: resolveKeys, conditions, parentURL: import.meta.url,
    resultKeys: ['url', 'format'], format,
  });
  assert.strictEqual(loaded.hook, 'load');
  assert.deepStrictEqual(loaded.contextKeys, loadKeys);
  assert.strictEqual(loaded.contextFormat, format);
  assert.deepStrictEqual(loaded.resultKeys, loadResultKeys);
  assert.strictEqual(loaded.format, format);
  assert.strictEqual(loaded.source, source);
}

// node: specifiers resolve without a format; the default load still says 'builtin'
await import('node:path');
const [resolved, loaded] = reports();
assert.deepStrictEqual(resolved.resultKeys, ['url']);
assert.deepStrictEqual(loaded, {
  hook: 'load', url: 'node:path', contextKeys: loadKeys, contextFormat: undefined, resultKeys: loadResultKeys, format: 'builtin', source: 'null',
});
port1.close();
