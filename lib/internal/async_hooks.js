'use strict';
// Async ids as Node numbers them (1 = the main script's execution), and the symbols handles
// carry them under; plus the async context frame AsyncLocalStorage builds on.
//
// Frames: a frame is an immutable SafeMap (AsyncLocalStorage -> store). The current frame
// lives in a holder object carried by one engine AsyncContext.Variable, so GraalJS itself
// propagates it through promise jobs and await (what V8's continuation-preserved data does for
// Node). Timers, immediates and nextTick capture the frame when scheduled (async_context_frame)
// and run their callback in a fresh holder of it, so enterWith() inside a callback stays there.

const {
  ReflectApply,
  SafeMap,
  Symbol,
} = primordials;

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const async_context_frame = Symbol('context_frame');

let lastAsyncId = 1;
let executionAsyncId = 1;
let triggerAsyncId = 0;

function newAsyncId() {
  return ++lastAsyncId;
}

function getDefaultTriggerAsyncId() {
  return executionAsyncId;
}

function enter(asyncId, trigger) {
  const prev = [executionAsyncId, triggerAsyncId];
  executionAsyncId = asyncId;
  triggerAsyncId = trigger;
  return prev;
}

function leave(prev) {
  executionAsyncId = prev[0];
  triggerAsyncId = prev[1];
}

// ---- Frames (off until the first AsyncLocalStorage/AsyncResource needs them) ----
let frameVar;
const rootHolder = { frame: new SafeMap() };
const emptyFrame = rootHolder.frame;

function enableFrames() {
  if (frameVar !== undefined) return;
  const { engine } = require('internal/bootstrap/realm');
  frameVar = new engine.AsyncContext.Variable();
}

function currentHolder() {
  if (frameVar === undefined) return rootHolder;
  return frameVar.get() ?? rootHolder;
}

// The frame to capture when scheduling work; undefined while no one uses frames.
function getFrame() {
  if (frameVar === undefined) return undefined;
  return (frameVar.get() ?? rootHolder).frame;
}

function setFrame(frame) {
  currentHolder().frame = frame;
}

// Runs fn in `frame` (a fresh holder, so enterWith inside does not leak out).
function runInFrame(frame, fn, thisArg, args) {
  if (frameVar === undefined || frame === undefined) {
    return args === undefined ? ReflectApply(fn, thisArg, []) : ReflectApply(fn, thisArg, args);
  }
  return frameVar.run({ frame }, () => ReflectApply(fn, thisArg, args === undefined ? [] : args));
}

// A callback for work that completes later (an I/O request): it will run in the frame
// current now. Free while no AsyncLocalStorage exists (the callback itself comes back).
function bindToCurrentFrame(fn) {
  if (frameVar === undefined) return fn;
  const frame = (frameVar.get() ?? rootHolder).frame;
  if (frame === emptyFrame) return fn;
  return function(...args) {
    return runInFrame(frame, fn, this, args);
  };
}

module.exports = {
  async_context_frame,
  bindToCurrentFrame,
  async_id_symbol,
  trigger_async_id_symbol,
  emptyFrame,
  enableFrames,
  enter,
  executionAsyncId: () => executionAsyncId,
  getDefaultTriggerAsyncId,
  getFrame,
  leave,
  newAsyncId,
  runInFrame,
  setFrame,
  triggerAsyncId: () => triggerAsyncId,
};
