'use strict';
// MessageChannel, MessagePort, BroadcastChannel and MessageEvent within one thread (there
// are no workers yet). A message is structured-cloned when posted and delivered from its own
// immediate, one message per callback (so ticks and microtasks run between messages), to
// ports that have been started. As in Node, adding the first 'message' listener (on(),
// addEventListener() or onmessage) starts and refs the port; a ref'd port keeps the event
// loop alive until it is closed or unref()'d. A BroadcastChannel is ref'd from creation.

const {
  ArrayIsArray,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ObjectDefineProperties,
  SafeMap,
  SafeWeakMap,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_CONSTRUCT_CALL_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const {
  Event,
  NodeEventTarget,
  defineEventHandler,
  kCreateEvent,
  kHybridDispatch,
  kNewListener,
} = require('internal/event_target');
const { structuredClone } = require('internal/structured_clone');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');

// ---- keeping the loop alive ----
// A ref'd port or channel holds one ref'd timer that never fires (the loop's only JS-visible
// way to stay alive); the last one to let go clears it.
let aliveCount = 0;
let aliveTimer;
function holdLoop() {
  if (aliveCount++ === 0) aliveTimer = setInterval(() => {}, 0x7fffffff);
}
function releaseLoop() {
  if (--aliveCount === 0) {
    clearInterval(aliveTimer);
    aliveTimer = undefined;
  }
}

function cloneForPosting(value, transferList) {
  let transfer;
  if (ArrayIsArray(transferList)) transfer = transferList;
  else if (transferList !== null && typeof transferList === 'object') transfer = transferList.transfer;
  else if (transferList !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
  }
  if (transfer !== undefined) {
    for (let i = 0; i < transfer.length; i++) {
      if (transfer[i] instanceof MessagePort) {
        throw new ERR_NODE4J_UNSUPPORTED('transferring a MessagePort');
      }
      if (require('internal/abort_controller').isAbortSignal(transfer[i])) {
        throw new ERR_NODE4J_UNSUPPORTED('transferring an AbortSignal');
      }
    }
  }
  return transfer === undefined ? structuredClone(value) : structuredClone(value, { transfer });
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    this.#ports = options?.ports !== undefined ? [...options.ports] : [];
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
ObjectDefineProperties(MessageEvent.prototype, {
  data: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  lastEventId: { __proto__: null, enumerable: true },
  source: { __proto__: null, enumerable: true },
  ports: { __proto__: null, enumerable: true },
});

// Shared machinery of MessagePort and BroadcastChannel: a queue of cloned messages, started
// or not, ref'd or not, closed or not.
class Endpoint {
  queue = [];
  started = false;
  refed = false;
  closed = false;
  scheduled = 0;

  constructor(target) {
    this.target = target;
  }

  ref() {
    if (!this.refed && !this.closed) {
      this.refed = true;
      holdLoop();
      for (const immediate of this.pendingImmediates()) immediate.ref();
    }
  }

  unref() {
    if (this.refed) {
      this.refed = false;
      releaseLoop();
    }
  }

  pendingImmediates() {
    return this.immediates ?? [];
  }

  enqueue(message) {
    if (this.closed) return;
    ArrayPrototypePush(this.queue, message);
    if (this.started) this.schedule();
  }

  start() {
    if (this.started || this.closed) return;
    this.started = true;
    for (let i = 0; i < this.queue.length; i++) this.schedule();
  }

  schedule() {
    this.immediates ??= [];
    const immediate = setImmediate(() => {
      const i = ArrayPrototypeIndexOf(this.immediates, immediate);
      if (i !== -1) ArrayPrototypeSplice(this.immediates, i, 1);
      if (this.closed || this.queue.length === 0) return;
      const data = ArrayPrototypeShift(this.queue);
      this.target[kHybridDispatch](data, 'message', undefined);
    });
    // An unref'd endpoint must not keep the loop alive for its deliveries either.
    if (!this.refed) immediate.unref();
    ArrayPrototypePush(this.immediates, immediate);
  }

  close() {
    if (this.closed) return false;
    this.closed = true;
    this.queue = [];
    for (const immediate of this.pendingImmediates()) clearImmediate(immediate);
    this.immediates = [];
    this.unref();
    return true;
  }
}

const endpoints = new SafeWeakMap();
function endpointOf(self, className) {
  const endpoint = endpoints.get(self);
  if (endpoint === undefined) throw new ERR_INVALID_THIS(className);
  return endpoint;
}

// The first 'message' listener starts and refs the endpoint.
function onNewListener(self, size, type) {
  if (type === 'message' && size === 1) {
    const endpoint = endpoints.get(self);
    endpoint.ref();
    endpoint.start();
  }
}

class MessagePort extends NodeEventTarget {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    endpoints.set(this, new Endpoint(this));
  }

  postMessage(value, transferList) {
    const endpoint = endpointOf(this, 'MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const message = cloneForPosting(value, transferList);
    const other = endpoint.peer;
    if (endpoint.closed || other === undefined) return;
    endpoints.get(other).enqueue(message);
  }

  start() {
    endpointOf(this, 'MessagePort').start();
  }

  ref() {
    endpointOf(this, 'MessagePort').ref();
  }

  unref() {
    endpointOf(this, 'MessagePort').unref();
  }

  hasRef() {
    return endpointOf(this, 'MessagePort').refed;
  }

  // Closing either side closes both; each side gets a 'close' event, the peer's only if
  // something else keeps the loop alive (as in Node, where it comes from the other side).
  close() {
    const endpoint = endpointOf(this, 'MessagePort');
    const peer = endpoint.peer;
    for (const port of peer === undefined ? [this] : [this, peer]) {
      if (endpoints.get(port).close()) {
        const immediate = setImmediate(() => port[kHybridDispatch](undefined, 'close', undefined));
        if (port !== this) immediate.unref();
      }
    }
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    onNewListener(this, size, type);
  }

  [kCreateEvent](data, type) {
    return type === 'message' ? new MessageEvent(type, { data }) : new Event(type);
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kConstruct);
    const port2 = new MessagePort(kConstruct);
    endpoints.get(port1).peer = port2;
    endpoints.get(port2).peer = port1;
    this.port1 = port1;
    this.port2 = port2;
  }
}

// name -> the open BroadcastChannels of that name, in creation order.
const channelsByName = new SafeMap();

class BroadcastChannel extends NodeEventTarget {
  #name;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    const endpoint = new Endpoint(this);
    endpoint.started = true;
    endpoints.set(this, endpoint);
    endpoint.ref();
    let list = channelsByName.get(this.#name);
    if (list === undefined) channelsByName.set(this.#name, list = []);
    ArrayPrototypePush(list, this);
  }

  get name() {
    endpointOf(this, 'BroadcastChannel');
    return this.#name;
  }

  postMessage(message) {
    const endpoint = endpointOf(this, 'BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (endpoint.closed) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const list = channelsByName.get(this.#name);
    for (let i = 0; i < list.length; i++) {
      if (list[i] !== this) endpoints.get(list[i]).enqueue(structuredClone(message));
    }
  }

  close() {
    const endpoint = endpointOf(this, 'BroadcastChannel');
    if (!endpoint.close()) return;
    const list = channelsByName.get(this.#name);
    ArrayPrototypeSplice(list, ArrayPrototypeIndexOf(list, this), 1);
    if (list.length === 0) channelsByName.delete(this.#name);
  }

  ref() {
    endpointOf(this, 'BroadcastChannel').ref();
    return this;
  }

  unref() {
    endpointOf(this, 'BroadcastChannel').unref();
    return this;
  }

  [kCreateEvent](data, type) {
    return type === 'message' ? new MessageEvent(type, { data }) : new Event(type);
  }

  [kInspect](depth, options, inspect) {
    const endpoint = endpoints.get(this);
    if (endpoint === undefined) return this;
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this.#name, active: !endpoint.closed }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel, MessageChannel, MessageEvent, MessagePort };
