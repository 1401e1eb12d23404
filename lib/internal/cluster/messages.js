'use strict';
// The cluster's own messages over the IPC channel ({ cmd: 'NODE_CLUSTER', act, seq }, which
// the channel delivers as 'internalMessage'), with replies matched by sequence number.

const { SafeMap } = primordials;

let seq = 0;
const callbacks = new SafeMap();

function sendHelper(proc, message, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message);
}

// Wraps an 'internalMessage' handler: replies go to their callbacks, the rest to cb.
function internal(worker, cb) {
  return function onInternalMessage(message) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    if (message.ack !== undefined) {
      const fn = callbacks.get(message.ack);
      if (fn !== undefined) {
        callbacks.delete(message.ack);
        fn(message);
        return;
      }
    }
    cb.call(worker, message);
  };
}

module.exports = { sendHelper, internal };
