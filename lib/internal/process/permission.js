'use strict';
// The permission model (node --permission): process.permission, and the checks core modules
// make before starting a child process, a worker or a network operation. File system checks
// live in the fs binding itself, so that every road to a file meets them.

const { ArrayPrototypeIncludes, ObjectDefineProperty, StringPrototypeStartsWith } = primordials;
const { accessDenied, codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { validateString } = require('internal/validators');

const binding = internalBinding('permission');

// process.permission's (scope, reference) arguments as the binding takes them: a path made
// absolute, or null for the whole scope.
function referenceOf(scope, reference) {
  validateString(scope, 'scope');
  if (reference === undefined) return null;
  validateString(reference, 'reference');
  return require('path').resolve(reference);
}

function has(scope, reference) {
  return binding.has(scope, referenceOf(scope, reference));
}

function drop(scope, reference) {
  binding.drop(scope, referenceOf(scope, reference));
}

// Flags that widen the model, with the SecurityWarning code Node gives each.
const riskyFlags = [
  ['--allow-addons', 'PERM0001'],
  ['--allow-child-process', 'PERM0002'],
  ['--allow-wasi', 'PERM0005'],
  ['--allow-worker', 'PERM0006'],
];

// Before the main script: --allow-* without --permission is an error; with it, process.permission
// appears and the risky grants are warned about.
function initialize(process) {
  const argv = process.execArgv;
  if (!binding.enabled()) {
    for (let i = 0; i < argv.length; i++) {
      if (StringPrototypeStartsWith(argv[i], '--allow-')) throw new ERR_MISSING_OPTION('--permission');
    }
    return;
  }
  ObjectDefineProperty(process, 'permission', {
    __proto__: null, value: processPermission, enumerable: true, writable: false, configurable: false,
  });
  for (const { 0: flag, 1: code } of riskyFlags) {
    if (ArrayPrototypeIncludes(argv, flag)) {
      process.emitWarning(`The flag ${flag} must be used with extreme caution. It could invalidate the permission model.`,
        'SecurityWarning', code);
    }
  }
}

// Throws Node's ERR_ACCESS_DENIED unless the scope ('child' or 'worker') is granted.
function check(scope, permission, resource, constructorOpt = check) {
  if (!binding.has(scope, null)) throw accessDenied(permission, resource, constructorOpt);
}

const processPermission = { has, drop };

module.exports = { check, initialize };
