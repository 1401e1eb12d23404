// An initialize() that throws (or rejects) makes register() throw that error; hooks
// registered before keep working.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/virtual.mjs', import.meta.url);
assert.throws(() => register('../../fixtures/module-register/initialize-throws.mjs', import.meta.url, {
  data: { setting: 'x' },
}), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'cannot start with x');
  assert.strictEqual(err.code, 'BAD_SETTING');
  return true;
});
assert.strictEqual((await import('virtual:answer')).default, 42);
