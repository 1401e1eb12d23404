'use strict';
// The pre-streams2 `Stream` base class: an EventEmitter with a simple
// data/drain based pipe(). Readable, Writable & co. inherit from it.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
} = primordials;

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
ObjectSetPrototypeOf(Stream, EE);

Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  // Stdio destinations are never ended by a pipe.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    // Rethrow only when nobody else is listening for errors.
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);

  return dest;
};

// Only the names that really have listeners.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events == null) return names;
  for (const key of ReflectOwnKeys(events)) {
    const v = events[key];
    if (typeof v === 'function' || (ArrayIsArray(v) && v.length > 0)) {
      ArrayPrototypePush(names, key);
    }
  }
  return names;
};

// Put `fn` first among `event` listeners, also on emitters from old
// EventEmitter versions without prependListener().
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  if (!emitter._events || !emitter._events[event]) {
    emitter.on(event, fn);
  } else if (ArrayIsArray(emitter._events[event])) {
    ArrayPrototypeUnshift(emitter._events[event], fn);
  } else {
    emitter._events[event] = [fn, emitter._events[event]];
  }
}

module.exports = { Stream, prependListener };
