'use strict';
// How a message crosses threads: the value is written in V8's wire format (internal/v8/serdes),
// the bytes and those of transferred ArrayBuffers are copied into a Java Message, and the
// receiving thread builds new JS objects from them. MessagePorts travel as host objects (an
// index into the message's port list). A SharedArrayBuffer cannot be shared between GraalJS
// contexts, so posting one fails loudly instead of silently copying it.

const {
  ArrayBuffer,
  ArrayBufferPrototypeTransfer,
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  SymbolIterator,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { Serializer, Deserializer, describe } = require('internal/v8/serdes');
const types = require('internal/util/types');

const messaging = internalBinding('messaging');

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

// Set by io.js: which objects are MessagePorts, how one leaves this thread (its Java handle)
// and how one is rebuilt around a handle that arrived.
const hooks = {
  isPort: undefined,
  detachPort: undefined,
  adoptPort: undefined,
  isUntransferable: undefined,
  isUncloneable: undefined,
};

class MessageSerializer extends Serializer {
  constructor(ports) {
    super();
    this.ports = ports;
  }

  _getDataCloneError(message) {
    return dataCloneError(message);
  }

  _isHostObject(value) {
    return hooks.isPort(value);
  }

  _writeHostObject(value) {
    const i = ArrayPrototypeIndexOf(this.ports, value);
    if (i === -1) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
    }
    this.writeUint32(i);
  }

  _object(value) {
    if (hooks.isUncloneable?.(value)) throw dataCloneError(`${describe(value)} could not be cloned.`);
    return super._object(value);
  }

  _getSharedArrayBufferId() {
    throw new ERR_NODE4J_UNSUPPORTED('Posting a SharedArrayBuffer to another thread (GraalJS cannot share ' +
      'memory between contexts)');
  }
}

class MessageDeserializer extends Deserializer {
  constructor(bytes, ports) {
    super(bytes);
    this.ports = ports;
  }

  _readHostObject() {
    return this.ports[this.readUint32()];
  }
}

function transferListOf(transferList) {
  if (transferList === undefined || transferList === null) return undefined;
  if (ArrayIsArray(transferList)) return transferList;
  if (typeof transferList === 'object') {
    const t = transferList.transfer;
    if (t === undefined || t === null) return undefined;
    if (typeof t !== 'object' || typeof t[SymbolIterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
    }
    return [...t];
  }
  throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
}

/** Serializes value (transferring what transferList names) into a Java Message. */
function encode(value, transferList, self) {
  const transfer = transferListOf(transferList);
  const buffers = [];
  const ports = [];
  if (transfer !== undefined) {
    for (let i = 0; i < transfer.length; i++) {
      const t = transfer[i];
      if (hooks.isUntransferable?.(t)) throw dataCloneError('An ArrayBuffer is marked as untransferable');
      if (types.isArrayBuffer(t)) {
        if (ArrayPrototypeIncludes(buffers, t)) {
          throw dataCloneError(`ArrayBuffer at index ${i} is a duplicate of an earlier ArrayBuffer. ` +
            'Duplicate ArrayBuffers cannot be transferred.');
        }
        buffers[buffers.length] = t;
      } else if (hooks.isPort(t)) {
        if (t === self) throw dataCloneError('Transfer list contains source port');
        if (ArrayPrototypeIncludes(ports, t)) {
          throw dataCloneError(`Message port at index ${i} is a duplicate of an earlier port. ` +
            'Duplicate ports cannot be transferred.');
        }
        ports[ports.length] = t;
      } else if (types.isSharedArrayBuffer(t)) {
        throw new ERR_NODE4J_UNSUPPORTED('Posting a SharedArrayBuffer to another thread (GraalJS cannot ' +
          'share memory between contexts)');
      } else {
        throw dataCloneError('Value not transferable');
      }
    }
  }
  const ser = new MessageSerializer(ports);
  ser.writeHeader();
  for (let i = 0; i < buffers.length; i++) ser.transferArrayBuffer(i, buffers[i]);
  ser.writeValue(value);
  const handles = [];
  for (let i = 0; i < ports.length; i++) handles[i] = hooks.detachPort(ports[i]);
  const msg = messaging.message(ser._buf.buffer, ser._pos, buffers, handles);
  for (let i = 0; i < buffers.length; i++) ArrayBufferPrototypeTransfer(buffers[i]);
  return msg;
}

// A Java-backed ArrayBuffer copied into an ordinary one (so it transfers, resizes and
// detaches like any other).
function ownBuffer(byteBuffer) {
  const foreign = new Uint8Array(new ArrayBuffer(byteBuffer));
  const ab = new ArrayBuffer(foreign.length);
  TypedArrayPrototypeSet(new Uint8Array(ab), foreign);
  return ab;
}

/** The value carried by a Java Message, with its ports adopted by this thread. */
function decode(msg) {
  const ports = [];
  for (let i = 0, n = msg.portCount(); i < n; i++) ports[i] = hooks.adoptPort(msg.port(i));
  const der = new MessageDeserializer(new Uint8Array(new ArrayBuffer(msg.data())), ports);
  for (let i = 0, n = msg.bufferCount(); i < n; i++) der.transferArrayBuffer(i, ownBuffer(msg.buffer(i)));
  der.readHeader();
  return { value: der.readValue(), ports };
}

/** Serializes without a transfer list and with nothing to detach (errors, workerData copies). */
function encodeQuiet(value) {
  try {
    return encode(value, undefined, undefined);
  } catch {
    return undefined;
  }
}

module.exports = { decode, encode, encodeQuiet, hooks };
