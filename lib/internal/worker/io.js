'use strict';
// MessageChannel, MessagePort, BroadcastChannel and MessageEvent. A channel whose ports stay
// in one thread structured-clones in JS; once a port is transferred (to a Worker or in a
// message) both ends become Java-backed (internal/worker/wire: the message crosses as bytes).
// BroadcastChannels always go through Java, so they reach every thread of the process.
// Messages are delivered from their own immediate, one message per callback (so ticks and
// microtasks run between messages), to ports that have been started. As in Node, adding the first 'message' listener (on(),
// addEventListener() or onmessage) starts and refs the port; a ref'd port keeps the event
// loop alive until it is closed or unref()'d. A BroadcastChannel is ref'd from creation.

const {
  ArrayIsArray,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ObjectDefineProperties,
  SafeWeakMap,
  SafeWeakSet,
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
  kRemoveListener,
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

function transferOf(transferList) {
  let transfer;
  if (ArrayIsArray(transferList)) transfer = transferList;
  else if (transferList !== null && typeof transferList === 'object') transfer = transferList.transfer;
  else if (transferList !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
  }
  if (transfer !== undefined && transfer !== null) {
    for (const t of transfer) {
      if (require('internal/abort_controller').isAbortSignal(t)) {
        throw new ERR_NODE4J_UNSUPPORTED('transferring an AbortSignal');
      }
    }
  }
  return transfer;
}

function cloneForPosting(value, transfer) {
  return transfer === undefined || transfer === null ? structuredClone(value) : structuredClone(value, { transfer });
}

// Whether this message needs the Java path: it transfers ports, or holds one.
function needsWire(transfer) {
  if (transfer === undefined || transfer === null) return false;
  for (const t of transfer) {
    if (endpoints.get(t)?.isPort) return true;
  }
  return false;
}

let wireModule;
function wire() {
  if (wireModule === undefined) {
    wireModule = require('internal/worker/wire');
    wireModule.hooks.isPort = (v) => v !== null && typeof v === 'object' && endpoints.get(v)?.isPort === true;
    wireModule.hooks.detachPort = detachPort;
    wireModule.hooks.adoptPort = adoptPort;
    wireModule.hooks.isUntransferable = (v) => untransferable?.has(v) === true;
    wireModule.hooks.isUncloneable = (v) => uncloneable?.has(v) === true;
  }
  return wireModule;
}

let messagingBinding;
function messaging() {
  messagingBinding ??= internalBinding('messaging');
  return messagingBinding;
}

// ---- Java-backed ports ----
// Binds a port to a Java channel end: arrivals are decoded and queued like local messages.
function bindRemote(port, handle) {
  const endpoint = endpoints.get(port);
  endpoint.handle = handle;
  endpoint.peer = undefined;
  messaging().bind(handle, () => {
    const m = messaging().receive(handle);
    if (m !== null) deliverMessage(port, endpoint, m);
  }, () => {
    // The other side closed. What already arrived is still delivered (its immediates were
    // scheduled first), then 'close'.
    if (endpoint.closed) return;
    const done = () => {
      if (endpoint.close()) port[kHybridDispatch](undefined, 'close', undefined);
    };
    if (endpoint.started && endpoint.queue.length > 0) setImmediate(done);
    else done();
  });
}

// A message from Java: decoded here and queued like a local one ('messageerror' if it cannot be).
function deliverMessage(target, endpoint, msg) {
  if (endpoint.closed) return;
  let data;
  try {
    data = wire().decode(msg).value;
  } catch (err) {
    target[kHybridDispatch](err, 'messageerror', undefined);
    return;
  }
  endpoint.enqueue(data);
}

// A local channel becomes a Java one (both ends stay in this thread for now).
function upgrade(port) {
  const endpoint = endpoints.get(port);
  if (endpoint.handle !== undefined || endpoint.peer === undefined) return;
  const peer = endpoint.peer;
  const [a, b] = messaging().createChannel();
  bindRemote(port, a);
  bindRemote(peer, b);
}

// The port leaves this thread inside a message: its Java end goes along, this object dies.
function detachPort(port) {
  const endpoint = endpoints.get(port);
  if (endpoint.handle === undefined && endpoint.peer === undefined) {
    // a closed port: send a fresh channel end whose other side is already closed
    const [a, b] = messaging().createChannel();
    messaging().close(b);
    return a;
  }
  upgrade(port);
  const handle = endpoint.handle;
  messaging().unbind(handle);
  endpoint.handle = undefined;
  endpoint.detached = true;
  endpoint.close();
  return handle;
}

function adoptPort(handle) {
  const port = new MessagePort(kConstruct);
  bindRemote(port, handle);
  return port;
}

let untransferable;
let uncloneable;
function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable ??= new SafeWeakSet();
  untransferable.add(obj);
}
function isMarkedAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return false;
  return untransferable?.has(obj) === true;
}
function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  uncloneable ??= new SafeWeakSet();
  uncloneable.add(obj);
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
    const endpoint = new Endpoint(this);
    endpoint.isPort = true;
    endpoints.set(this, endpoint);
  }

  postMessage(value, transferList) {
    const endpoint = endpointOf(this, 'MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const transfer = transferOf(transferList);
    if (endpoint.handle === undefined && endpoint.peer !== undefined &&
        (needsWire(transfer) || uncloneable !== undefined || untransferable !== undefined)) {
      upgrade(this);
    }
    if (endpoint.handle !== undefined) {
      const msg = wire().encode(value, transfer, this);
      if (!endpoint.closed) messaging().post(endpoint.handle, msg);
      return;
    }
    const message = cloneForPosting(value, transfer);
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
    if (endpoint.handle !== undefined) {
      if (endpoint.close()) setImmediate(() => this[kHybridDispatch](undefined, 'close', undefined));
      messaging().close(endpoint.handle);
      return;
    }
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

  // As in Node, a port nobody listens to any more stops keeping the loop alive.
  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) endpoints.get(this).unref();
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

class BroadcastChannel extends NodeEventTarget {
  #name;
  #token;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    const endpoint = new Endpoint(this);
    endpoint.started = true;
    endpoints.set(this, endpoint);
    endpoint.ref();
    // Every channel of this name in any thread of the process hears what the others post.
    this.#token = messaging().joinBroadcast(this.#name, (msg) => deliverMessage(this, endpoint, msg));
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
    messaging().broadcast(this.#name, this.#token, wire().encode(message, undefined, undefined));
  }

  close() {
    const endpoint = endpointOf(this, 'BroadcastChannel');
    if (!endpoint.close()) return;
    messaging().leaveBroadcast(this.#name, this.#token);
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

// receiveMessageOnPort(): the next message, taken now, or undefined.
function receiveMessageOnPort(port) {
  const endpoint = endpoints.get(port);
  if (endpoint === undefined || !endpoint.isPort) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (endpoint.queue.length > 0) return { message: ArrayPrototypeShift(endpoint.queue) };
  if (endpoint.handle !== undefined && !endpoint.closed) {
    const m = messaging().receive(endpoint.handle);
    if (m !== null) return { message: wire().decode(m).value };
  }
  return undefined;
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  adoptPort,
  detachPort,
  isMarkedAsUntransferable,
  markAsUncloneable,
  markAsUntransferable,
  receiveMessageOnPort,
  wire,
};
