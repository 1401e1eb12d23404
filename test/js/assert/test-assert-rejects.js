'use strict';
// assert.rejects / doesNotReject: promise or promise-returning function, validation
// arguments as for throws, argument and return-value errors (.out from reference Node).
const common = require('../../common');
const assert = require('assert');

async function show(label, fn) {
  try {
    await fn();
    console.log(`${label}: resolved`);
  } catch (e) {
    console.log(`${label}: ${e.name}|${e.code}|${e.generatedMessage}|${e.operator}`);
    console.log(e.message);
  }
}

(async () => {
  await assert.rejects(Promise.reject(new Error('x')));
  await assert.rejects(async () => { throw new TypeError('x'); }, TypeError);
  await assert.rejects(() => Promise.reject(new Error('abc')), /abc/);
  await assert.rejects(Promise.reject(new Error('abc')), { message: 'abc' });
  await assert.rejects(Promise.reject(new Error('abc')), common.mustCall((e) => e.message === 'abc'));
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => 1);
  assert.strictEqual(await assert.rejects(Promise.reject(1)), undefined);

  await show('resolved promise', () => assert.rejects(Promise.resolve(1)));
  await show('resolved fn', () => assert.rejects(async () => 1, 'hint'));
  await show('regexp mismatch', () => assert.rejects(Promise.reject(new Error('x')), /y/));
  await show('object mismatch', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await show('class mismatch', () => assert.rejects(Promise.reject(new Error('x')), TypeError));
  await show('fn false', () => assert.rejects(Promise.reject(new Error('x')), () => false));
  await show('non-promise return', () => assert.rejects(() => 5));
  await show('null return', () => assert.rejects(() => null));
  await show('object return', () => assert.rejects(() => ({})));
  await show('bad arg', () => assert.rejects(5));
  await show('fn throws sync', () => assert.rejects(() => { throw new Error('sync'); }));
  await show('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('z'))));
  await show('doesNotReject hint', () => assert.doesNotReject(Promise.reject(new Error('z')), 'hint'));
  await show('doesNotReject class', () => assert.doesNotReject(Promise.reject(new TypeError('z')), RangeError));
  await show('doesNotReject non-promise', () => assert.doesNotReject(() => 1));
  await show('doesNotReject bad arg', () => assert.doesNotReject('x'));

  // A thenable that is not a Promise counts when returned from a function.
  await show('thenable', () => assert.rejects(() => ({ then(res, rej) { rej(new Error('t')); }, catch() {} })));
})().then(common.mustCall());
