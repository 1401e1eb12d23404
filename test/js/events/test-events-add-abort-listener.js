'use strict';
// events.addAbortListener(signal, listener) and its disposable.
const common = require('../../common');
const assert = require('assert');
const { addAbortListener } = require('events');

// Called once on abort with the abort event.
{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustCall((event) => {
    assert.strictEqual(event.type, 'abort');
  }));
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  assert.deepStrictEqual(Reflect.ownKeys(disposable), [Symbol.dispose]);
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
  ac.abort();
  ac.signal.dispatchEvent(new Event('abort'));   // once only
}

// Disposing before the abort removes the listener.
{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustNotCall());
  disposable[Symbol.dispose]();
  disposable[Symbol.dispose]();                  // idempotent
  ac.abort();
}

// Already aborted: called in a microtask, without arguments.
{
  let called = false;
  const disposable = addAbortListener(AbortSignal.abort(), common.mustCall((...args) => {
    assert.strictEqual(args.length, 0);
    called = true;
  }));
  assert.strictEqual(called, false);
  disposable[Symbol.dispose]();                  // too late to cancel, and harmless
  queueMicrotask(common.mustCall(() => assert.strictEqual(called, true)));
}

// stopImmediatePropagation by an earlier listener does not starve it.
{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  addAbortListener(ac.signal, common.mustCall());
  ac.abort();
}

// Validation.
assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => addAbortListener({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
assert.throws(() => addAbortListener(new AbortController().signal, 'nope'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
});
