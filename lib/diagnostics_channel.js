'use strict';
// node:diagnostics_channel. A channel without subscribers or stores is a plain Channel whose
// publish does nothing; the first subscriber or bound store turns it into an ActiveChannel
// (by prototype, as Node does, so inspect shows which it is), the last one leaving turns it
// back. Subscriber lists are replaced, never mutated, so a publish in progress keeps the
// list it started with.

const {
  ArrayPrototypeAt,
  ArrayPrototypeIndexOf,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SafeMap,
  SafeSet,
  SymbolHasInstance,
  WeakRef,
} = primordials;

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// Channels live while someone holds them or while they are active (subscribed or bound):
// the registry keeps only weak references, plus strong ones to active channels.
const registry = new SafeMap();
const activeChannels = new SafeSet();

// An exception from a subscriber or a store transform must not stop the publisher; it is
// rethrown on its own tick, where it becomes an uncaught exception.
function reportAsync(err) {
  process.nextTick(() => { throw err; });
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = ArrayPrototypeIndexOf(this._subscribers, subscription);
    if (index === -1) return false;
    const next = ArrayPrototypeSlice(this._subscribers);
    ArrayPrototypeSplice(next, index, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    const stores = new SafeMap(this._stores);
    stores.set(store, transform);
    this._stores = stores;
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    const stores = new SafeMap(this._stores);
    stores.delete(store);
    this._stores = stores;
    maybeDeactivate(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        const onMessage = subscribers[i];
        onMessage(data, this.name);
      } catch (err) {
        reportAsync(err);
      }
    }
  }

  // fn runs inside every bound store (each entered with transform(data), or data itself),
  // after the message is published.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    };
    for (const { 0: store, 1: transform } of this._stores) {
      const inner = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (err) {
            reportAsync(err);
            return inner();
          }
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function maybeDeactivate(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    ObjectSetPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
    activeChannels.delete(channel);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  static [SymbolHasInstance](instance) {
    const proto = instance == null ? null : ObjectGetPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  #activate() {
    ObjectSetPrototypeOf(this, ActiveChannel.prototype);
    this._subscribers = [];
    this._stores = new SafeMap();
    activeChannels.add(this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this.#activate();
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    this.#activate();
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return ReflectApply(fn, thisArg, args);
  }
}

function channel(name) {
  const ref = registry.get(name);
  const existing = ref?.deref();
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const created = new Channel(name);
  registry.set(name, new WeakRef(created));
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = registry.get(name)?.deref();
  return existing !== undefined && existing.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    for (let i = 0; i < traceEvents.length; i++) {
      const event = traceEvents[i];
      let ch;
      if (typeof nameOrChannels === 'string') {
        ch = channel(`tracing:${nameOrChannels}:${event}`);
      } else {
        ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], ch);
        }
      }
      ObjectDefineProperty(this, event, { __proto__: null, value: ch });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
      this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (let i = 0; i < traceEvents.length; i++) {
      const handler = handlers[traceEvents[i]];
      if (handler) this[traceEvents[i]].subscribe(handler);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (let i = 0; i < traceEvents.length; i++) {
      const handler = handlers[traceEvents[i]];
      if (handler && !this[traceEvents[i]].unsubscribe(handler)) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    return this.start.runStores(context, () => {
      try {
        const result = ReflectApply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const onResolve = (result) => {
      context.result = result;
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
      return result;
    };
    const onReject = (err) => {
      context.error = err;
      this.error.publish(context);
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
      return PromiseReject(err);
    };
    return this.start.runStores(context, () => {
      try {
        let promise = ReflectApply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = PromiseResolve(promise);
        return PromisePrototypeThen(promise, onResolve, onReject);
      } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  // The callback at `position` (negative counts from the end) is wrapped: its error or
  // result lands in the context, and it runs between asyncStart (with stores) and asyncEnd.
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const callback = ArrayPrototypeAt(args, position);
    validateFunction(callback, 'callback');
    const tracing = this;
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        tracing.error.publish(context);
      } else {
        context.result = result;
      }
      const callbackThis = this;
      const callbackArgs = arguments;
      return tracing.asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, callbackThis, callbackArgs);
        } finally {
          tracing.asyncEnd.publish(context);
        }
      });
    }
    ArrayPrototypeSplice(args, position, 1, wrappedCallback);
    return this.start.runStores(context, () => {
      try {
        return ReflectApply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        this.error.publish(context);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  if (typeof nameOrChannels !== 'string' && (nameOrChannels === null || typeof nameOrChannels !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'TracingChannel', 'Object'], nameOrChannels);
  }
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
