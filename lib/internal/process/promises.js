'use strict';
// Unhandled rejections in Node's modes (--unhandled-rejections=throw|strict|warn|none|
// warn-with-error-code; default throw). GraalJS reports a rejection left unhandled after a
// microtask drain; we queue it and decide in processPromiseRejections, as Node does.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  Error,
  ObjectDefineProperty,
  SafeWeakSet,
} = primordials;

const { engine } = require('internal/bootstrap/realm');
const { setHasRejectionToWarn } = require('internal/process/task_queues');

const pending = [];
const reported = new SafeWeakSet();
let mode = 'throw';

function setMode(m) {
  mode = m;
}

function onUnhandledRejection(reason, promise) {
  ArrayPrototypePush(pending, { reason, promise });
  setHasRejectionToWarn(true);
}

function install() {
  engine.setUnhandledRejectionHandler?.(onUnhandledRejection);
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    const { inspect } = require('internal/util/inspect');
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${inspect(reason)}".`);
    ObjectDefineProperty(this, 'name', {
      __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true, enumerable: false,
    });
  }
}

let warned = false;
function emitUnhandledWarning(reason) {
  const { inspect } = require('internal/util/inspect');
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a promise ' +
    'which was not handled with .catch(). To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).');
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (reason instanceof Error) warning.stack = reason.stack;
    else warning.message = inspect(reason);
  } catch {
    // keep the default text
  }
  process.emitWarning(warning);
  if (!warned) {
    warned = true;
  }
}

function processPromiseRejections() {
  const { triggerUncaughtException } = require('internal/process/execution');
  while (pending.length > 0) {
    const { reason, promise } = ArrayPrototypeShift(pending);
    reported.add(promise);
    switch (mode) {
      case 'strict': {
        const err = reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledWarning(reason);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledWarning(reason);
          process.exitCode = 1;
        }
        break;
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      default: // throw
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
          triggerUncaughtException(err, true);
        }
    }
  }
}

module.exports = { install, processPromiseRejections, setMode };
