'use strict';
// util.aborted: resolves once the signal aborts (at once if it already has), and rejects
// (it is async) on bad arguments.
const common = require('../../common');
const assert = require('assert');
const { aborted } = require('util');

(async () => {
  const ac = new AbortController();
  let done = false;
  const p = aborted(ac.signal, {}).then(() => { done = true; });
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(done, false);
  ac.abort();
  await p;
  assert.strictEqual(done, true);

  assert.strictEqual(await aborted(AbortSignal.abort(), {}), undefined);
  await aborted(AbortSignal.abort(), () => {});
  await aborted(AbortSignal.abort(), []);

  for (const bad of [undefined, null, {}, new AbortController()]) {
    await assert.rejects(aborted(bad, {}), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'signal is not of type AbortSignal.',
    });
  }
  await assert.rejects(aborted(new AbortController().signal, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "resource" argument must be of type object. Received type string (\'x\')',
  });
  await assert.rejects(aborted(new AbortController().signal), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(aborted(new AbortController().signal, null), {
    message: 'The "resource" argument must be of type object. Received null',
  });
})().then(common.mustCall());

// transferableAbortSignal / transferableAbortController return usable signals.
const { transferableAbortSignal, transferableAbortController } = require('util');
const signal = new AbortController().signal;
assert.strictEqual(transferableAbortSignal(signal), signal);
const controller = transferableAbortController();
assert.ok(controller instanceof AbortController);
assert.strictEqual(controller.signal.aborted, false);
controller.abort();
assert.strictEqual(controller.signal.aborted, true);
for (const bad of [{}, undefined, null, new AbortController()]) {
  assert.throws(() => transferableAbortSignal(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "signal" argument must be an instance of AbortSignal\. Received /,
  });
}
