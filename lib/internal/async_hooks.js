'use strict';
// Async ids as Node numbers them (1 = the main script's execution), and the symbols handles
// carry them under. AsyncLocalStorage and hooks build on this (lib/async_hooks.js).

const { Symbol } = primordials;

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');

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

module.exports = {
  async_id_symbol,
  trigger_async_id_symbol,
  enter,
  executionAsyncId: () => executionAsyncId,
  getDefaultTriggerAsyncId,
  leave,
  newAsyncId,
  triggerAsyncId: () => triggerAsyncId,
};
