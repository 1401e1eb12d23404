// A hooks module registered later is itself resolved and loaded through the hooks
// registered before it (here it exists only in the first one).
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/serves-hooks.mjs', import.meta.url);
register('virtual:more-hooks');
assert.strictEqual((await import('virtual:from-more')).default, 'more');
