'use strict';
// process.nextTick and queueMicrotask. The Java side calls processTicksAndRejections after
// every callback while tickInfo says work is left; GraalJS runs promise jobs each time a
// call returns, which together gives Node's order: all ticks, then all microtasks, repeat.

const {
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ReflectApply,
} = primordials;

const { tickInfo } = require('internal/bootstrap/realm');
const { validateFunction } = require('internal/validators');
const { getFrame, runInFrame } = require('internal/async_hooks');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A queue as an array with a moving head; compacted when the head passes half of it.
let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  ArrayPrototypePush(queue, { callback, args, frame: getFrame() });
}

let triggerUncaughtException;
let processPromiseRejections;

function runTicks() {
  triggerUncaughtException ??= require('internal/process/execution').triggerUncaughtException;
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    try {
      const { callback, args, frame } = tock;
      if (frame !== undefined) runInFrame(frame, callback, undefined, args);
      else if (args.length === 0) callback();
      else ReflectApply(callback, undefined, args);
    } catch (err) {
      triggerUncaughtException(err, false);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  }
  queue = [];
  head = 0;
  tickInfo[kHasTickScheduled] = 0;
}

// One round: ticks if there are any (microtasks then run when this call returns), otherwise
// the rejections GraalJS reported after the last microtask drain — Node's order.
function processTicksAndRejections() {
  if (head < queue.length) {
    runTicks();
    return;
  }
  tickInfo[kHasTickScheduled] = 0;
  processPromiseRejections ??= require('internal/process/promises').processPromiseRejections;
  tickInfo[kHasRejectionToWarn] = 0;
  processPromiseRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  // Errors in a microtask are uncaught exceptions, reported like Node's.
  Promise.resolve().then(() => {
    try {
      FunctionPrototypeCall(callback, undefined);
    } catch (err) {
      triggerUncaughtException ??= require('internal/process/execution').triggerUncaughtException;
      triggerUncaughtException(err, false);
    }
  });
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

module.exports = {
  nextTick,
  processTicksAndRejections,
  queueMicrotask,
  setHasRejectionToWarn,
};
