// A module under a hook's own URL scheme cannot import a relative specifier through the
// default resolution: ERR_UNSUPPORTED_RESOLVE_REQUEST.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/relative-from-virtual.mjs', import.meta.url);
await assert.rejects(import('virtual:rel'), {
  name: 'TypeError',
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "./sibling.mjs" from "virtual:rel": Invalid relative URL or base ' +
    'scheme is not hierarchical.',
});
