'use strict';
// The worker side of a Worker: what changes in a runtime that runs as a worker thread.

let binding;

function setup(process, workerBinding) {
  binding = workerBinding;
  const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');
  // The working directory, the process title and signals belong to the whole process.
  process.chdir = function chdir() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()');
  };
  process.abort = function abort() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.abort()');
  };
  // Node's worker argv: [execPath, '[worker eval]', ...argv] for eval code.
  if (internalBinding('process_methods').mainKind() === 'eval') {
    primordials.ArrayPrototypeSplice(process.argv, 1, 0, '[worker eval]');
  }
  binding.notifyParent('online', null);
}

// An uncaught error ends the worker; the parent's Worker emits it as 'error'. Returns false
// on the main thread.
function reportToParent(err) {
  if (binding === undefined) return false;
  const { encode } = require('internal/worker/io').wire();
  let msg;
  try {
    msg = encode(err, undefined, undefined);
  } catch {
    const { codes: { ERR_WORKER_UNSERIALIZABLE_ERROR } } = require('internal/errors');
    msg = encode(new ERR_WORKER_UNSERIALIZABLE_ERROR(), undefined, undefined);
  }
  binding.notifyParent('error', msg);
  return true;
}

module.exports = { reportToParent, setup };
