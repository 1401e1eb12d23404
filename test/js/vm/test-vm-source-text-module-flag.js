'use strict';
// vm.SourceTextModule exists only behind --experimental-vm-modules, as in Node.
require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.SourceTextModule, undefined);
assert.strictEqual(vm.SyntheticModule, undefined);
assert.deepStrictEqual(Object.keys(vm).sort(), ['Script', 'compileFunction', 'constants', 'createContext',
  'createScript', 'isContext', 'measureMemory', 'runInContext', 'runInNewContext', 'runInThisContext']);
assert.deepStrictEqual(Object.keys(vm.constants), ['USE_MAIN_CONTEXT_DEFAULT_LOADER', 'DONT_CONTEXTIFY']);
