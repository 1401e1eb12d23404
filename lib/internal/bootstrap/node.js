'use strict';
// Sets up the process object and the globals of a Node.js realm, then returns the hooks
// the Java event loop calls (see org.node4j.runtime.JsCalls).

const {
  ArrayPrototypeIncludes,
  FunctionPrototypeCall,
  NumberIsInteger,
  NumberParseInt,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
  RegExpPrototypeExec,
  String,
  StringPrototypeStartsWith,
} = primordials;

const pm = internalBinding('process_methods');

// ---- process is an EventEmitter ----
const EventEmitter = require('events');
ObjectSetPrototypeOf(ObjectGetPrototypeOf(process), EventEmitter.prototype);
FunctionPrototypeCall(EventEmitter, process);

require('internal/bootstrap/process_object').setup(process, pm);
require('internal/stack_trace').install();

// ---- globals ----
require('internal/bootstrap/globals').setup(globalThis, process);

// ---- task queues, rejections, warnings ----
const { nextTick, processTicksAndRejections } = require('internal/process/task_queues');
process.nextTick = nextTick;
const promises = require('internal/process/promises');
promises.install();
const unhandled = process.execArgv.find((a) => StringPrototypeStartsWith(a, '--unhandled-rejections='));
if (unhandled !== undefined) promises.setMode(unhandled.slice('--unhandled-rejections='.length));
const { onWarning } = require('internal/process/warning');
process.on('warning', onWarning);
const { startListeningIfSignal, stopListeningIfSignal } = require('internal/process/signal');
process.on('newListener', startListeningIfSignal);
process.on('removeListener', stopListeningIfSignal);

// The loop calls the timer hooks only once a timer or immediate exists (start-up).
let timers;
function lazyTimers() {
  timers ??= require('internal/timers');
  return timers;
}
const { triggerUncaughtException } = require('internal/process/execution');

const { tickInfo } = require('internal/bootstrap/realm');

// Every hook Java calls drains the nextTick queue before returning, because GraalJS runs
// promise jobs as soon as the outermost call returns and Node runs ticks first.
function withTicks(fn) {
  return function(...args) {
    const result = ReflectApply(fn, undefined, args);
    if (tickInfo[0] !== 0) processTicksAndRejections();
    return result;
  };
}

function invokeCallback(fn, ...args) {
  try {
    return ReflectApply(fn, undefined, args);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
}

// Natural end of the loop: 'exit' with the exit code; returns the code for Java.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
  }
  const code = process.exitCode;
  return code === undefined ? 0 : (code | 0);
}

function runMain() {
  require('internal/main/run_main').run(process, pm);
}

module.exports = {
  emitBeforeExit: withTicks(emitBeforeExit),
  emitExit,
  invokeCallback: withTicks(invokeCallback),
  nextTimerExpiry: () => lazyTimers().nextTimerExpiry(),
  processTicksAndRejections,
  runMain: withTicks(runMain),
  runNextImmediate: withTicks(() => lazyTimers().runNextImmediate()),
  runNextTimer: withTicks((now) => lazyTimers().runNextTimer(now)),
  startImmediates: () => lazyTimers().startImmediates(),
  triggerUncaughtException,
};
