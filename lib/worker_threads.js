'use strict';
// node:worker_threads. Workers are threads of this JVM, each running its own runtime on the
// shared engine (internal/worker); ports and channels are in internal/worker/io.

const {
  codes: { ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const io = require('internal/worker/io');
const {
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  resourceLimitsOfThisThread,
  setEnvironmentData,
} = require('internal/worker');

const binding = internalBinding('worker');
const isMainThread = binding.isMainThread();

let parentPort = null;
let workerData = null;
if (!isMainThread) {
  parentPort = io.adoptPort(binding.parentPort());
  workerData = io.wire().decode(binding.workerData()).value;
}

function unsupported(name) {
  return function() {
    throw new ERR_NODE4J_UNSUPPORTED(`worker_threads.${name}`);
  };
}

module.exports = {
  isInternalThread: false,
  isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUncloneable: io.markAsUncloneable,
  markAsUntransferable: io.markAsUntransferable,
  isMarkedAsUntransferable: io.isMarkedAsUntransferable,
  moveMessagePortToContext: unsupported('moveMessagePortToContext'),
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: resourceLimitsOfThisThread(),
  postMessageToThread: unsupported('postMessageToThread'),
  threadId: binding.threadId(),
  threadName: isMainThread ? 'main' : 'WorkerThread',
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};

// Web Locks (navigator.locks) are not implemented: using them says so.
module.exports.locks = {
  request: unsupported('locks.request'),
  query: unsupported('locks.query'),
};
