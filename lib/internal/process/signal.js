'use strict';
// process.on('SIGINT', …): a signal is watched while process has listeners for it (Node's
// internal/process/signal). Watching does not keep the process alive.

const { ObjectHasOwn } = primordials;
const { errnoException } = require('internal/errors');
const { signals } = require('internal/bootstrap/process_object');

let binding;

function isSignal(type) {
  return typeof type === 'string' && ObjectHasOwn(signals, type);
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || process.listenerCount(type) !== 0) return;
  binding ??= internalBinding('signal_wrap');
  const err = binding.start(type, (signum) => process.emit(type, type, signum));
  if (err !== 0) throw errnoException(err, 'uv_signal_start');
}

function stopListeningIfSignal(type) {
  if (binding !== undefined && isSignal(type) && process.listenerCount(type) === 0) binding.stop(type);
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
