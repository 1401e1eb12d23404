'use strict';
// ChildProcess (a child started through process_wrap) and the IPC channel both ends of a
// fork share: newline-delimited JSON over a Unix socketpair, which is Node's 'json' framing,
// so a node4j parent and a node4j (or Node) child understand each other.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  JSONParse,
  JSONStringify,
  ObjectDefineProperty,
  ObjectKeys,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  SymbolDispose,
} = primordials;

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_NODE4J_UNSUPPORTED,
    ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { signals } = require('internal/bootstrap/process_object');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

// Stdio slot kinds process_wrap understands (an fd number otherwise).
const PIPE = -1;
const IGNORE = -2;
const INHERIT = -3;

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

function signalName(num) {
  for (const name of ObjectKeys(signals)) if (signals[name] === num) return name;
  return null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---- ChildProcess ----

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const { file, args, envPairs } = options;
    if (typeof file !== 'string') throw new ERR_INVALID_ARG_TYPE('options.file', 'string', file);
    this.spawnfile = file;
    if (ArrayIsArray(args)) this.spawnargs = args;
    else if (args === undefined) this.spawnargs = [];
    else throw new ERR_INVALID_ARG_TYPE('options.args', 'Array', args);
    if (envPairs !== undefined && !ArrayIsArray(envPairs)) {
      throw new ERR_INVALID_ARG_TYPE('options.envPairs', 'Array', envPairs);
    }
    const serialization = options.serialization || 'json';
    if (serialization !== 'json' && serialization !== 'advanced') {
      throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization, 'must be "json" or "advanced"');
    }
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    const pairs = envPairs ? [...envPairs] : [];
    if (stdio.ipc !== -1) {
      if (serialization === 'advanced') lazySerialization('advanced');
      ArrayPrototypePush(pairs, `NODE_CHANNEL_FD=${stdio.ipc}`);
      ArrayPrototypePush(pairs, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    const uid = options.uid === undefined ? -1 : options.uid;
    const gid = options.gid === undefined ? -1 : options.gid;
    require('internal/process/permission').check('child', 'ChildProcess', file);
    const handle = internalBinding('process_wrap').spawn(file, this.spawnargs, pairs, options.cwd ?? null,
      stdio.kinds, Boolean(options.detached), uid, gid, (code, sig) => this._onexit(code, sig));
    if (typeof handle === 'number') {
      const err = handle;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
        process.nextTick(() => this._onexit(err, 0));
      } else {
        throw errnoException(err, 'spawn');
      }
      this.stdio = [];
      for (let i = 0; i < stdio.kinds.length; i++) {
        // Never-connected sockets where pipes would have been, as Node leaves them.
        const s = stdio.kinds[i] === PIPE && i !== stdio.ipc ? new (lazyNet().Socket)({ readable: i > 0 }) : null;
        ArrayPrototypePush(this.stdio, s);
        if (s) process.nextTick(() => s.destroy());
      }
      this.stdin = this.stdio[0] ?? null;
      this.stdout = this.stdio[1] ?? null;
      this.stderr = this.stdio[2] ?? null;
      return err;
    }
    this._handle = handle;
    this.pid = handle.pid();
    process.nextTick(() => this.emit('spawn'));
    this.stdio = [];
    for (let i = 0; i < stdio.kinds.length; i++) {
      let s = null;
      const pipe = stdio.kinds[i] === PIPE ? handle.pipe(i) : null;
      if (pipe && i === stdio.ipc) {
        setupChannel(this, pipe, serialization);
      } else if (pipe) {
        s = new (lazyNet().Socket)({ handle: pipe, readable: i > 0 });
        if (i > 0) {
          this._closesNeeded++;
          s.on('close', () => maybeClose(this));
        }
      }
      ArrayPrototypePush(this.stdio, s);
    }
    this.stdin = this.stdio[0] ?? null;
    this.stdout = this.stdio[1] ?? null;
    this.stderr = this.stdio[2] ?? null;
    if (stdio.ipc !== -1) {
      this._closesNeeded++;
      this.once('disconnect', () => maybeClose(this));
    }
    return 0;
  }

  _onexit(exitCode, signalNum) {
    if (signalNum) this.signalCode = signalName(signalNum);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = ArrayPrototypeSlice(this.spawnargs, 1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // already gone
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [SymbolDispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

// Output nobody reads must not hold up 'close': let it flow away, as Node does.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState.readableListening ||
        stream.listenerCount('data') > 0) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// stdio option → { kinds: slot kinds for process_wrap, ipc: index of the 'ipc' slot or -1 }.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!ArrayIsArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) ArrayPrototypePush(stdio, undefined);
  const kinds = [];
  let ipc = -1;
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      ArrayPrototypePush(kinds, IGNORE);
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      ArrayPrototypePush(kinds, PIPE);
    } else if (s === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== -1) throw new ERR_IPC_ONE_PIPE();
      ipc = i;
      ArrayPrototypePush(kinds, PIPE);
    } else if (s === 'inherit') {
      ArrayPrototypePush(kinds, i <= 2 ? INHERIT : i);
    } else if (typeof s === 'number') {
      ArrayPrototypePush(kinds, s);
    } else if (typeof s.fd === 'number') {
      ArrayPrototypePush(kinds, s.fd);
    } else {
      const h = s._handle ?? s.handle ?? (typeof s.fd === 'function' ? s : null);
      const fd = h && typeof h.fd === 'function' ? h.fd() : -1;
      if (typeof fd !== 'number' || fd < 0) {
        if (sync || (s && typeof s.pipe === 'function')) throw new ERR_INVALID_ARG_VALUE('stdio', s);
        throw new ERR_INVALID_ARG_VALUE('stdio', s);
      }
      ArrayPrototypePush(kinds, fd);
    }
  }
  return { kinds, ipc };
}

// ---- serialization ----

function lazySerialization(mode) {
  if (mode === 'advanced') {
    let v8;
    try {
      v8 = require('v8');
    } catch {
      v8 = null;
    }
    if (!v8 || typeof v8.serialize !== 'function') {
      throw new ERR_NODE4J_UNSUPPORTED("child_process serialization: 'advanced'");
    }
    return v8;
  }
  return null;
}

// Frames as Node's 'advanced' mode: a 4-byte big-endian length, then v8.serialize bytes.
function advancedCodec(v8) {
  const { Buffer } = require('buffer');
  let pending = null;
  return {
    encode(message) {
      const body = v8.serialize(message);
      const out = Buffer.allocUnsafe(4 + body.length);
      out.writeUInt32BE(body.length, 0);
      body.copy(out, 4);
      return out;
    },
    decode(chunk, onMessage) {
      pending = pending ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= 4) {
        const size = pending.readUInt32BE(0);
        if (pending.length < 4 + size) break;
        const body = pending.subarray(4, 4 + size);
        pending = pending.length === 4 + size ? null : pending.subarray(4 + size);
        onMessage(v8.deserialize(body));
        if (pending === null) break;
      }
    },
    get buffering() { return pending !== null && pending.length > 0; },
  };
}

function jsonCodec() {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return {
    encode(message) {
      return `${JSONStringify(message)}\n`;
    },
    decode(chunk, onMessage) {
      pending += decoder.write(chunk);
      let nl;
      while ((nl = StringPrototypeIndexOf(pending, '\n')) !== -1) {
        const line = StringPrototypeSlice(pending, 0, nl);
        pending = StringPrototypeSlice(pending, nl + 1);
        onMessage(JSONParse(line));
      }
    },
    get buffering() { return pending.length > 0; },
  };
}

// ---- the IPC channel ----

// What target.channel / process.channel is: ref/unref the channel, counted while listeners or
// writes need it, unless the user chose explicitly (Node's Control).
class Control extends EventEmitter {
  #handle;
  #refs = 0;
  #explicit = false;

  constructor(handle) {
    super();
    this.#handle = handle;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#explicit && this.#handle) this.#handle.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#explicit && this.#handle) {
      this.#handle.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#explicit = true;
    if (this.#handle) this.#handle.ref();
  }

  unref() {
    this.#explicit = true;
    if (this.#handle) this.#handle.unref();
  }

  hasRef() {
    return this.#handle ? this.#handle.hasRef() : false;
  }

  get fd() {
    return this.#handle ? this.#handle.fd() : undefined;
  }

  _close() {
    this.#handle = null;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && StringPrototypeStartsWith(message.cmd, 'NODE_');
}

function setupChannel(target, handle, serialization) {
  const { Buffer } = require('buffer');
  const control = new Control(handle);
  const codec = serialization === 'advanced' ? advancedCodec(lazySerialization('advanced')) : jsonCodec();
  target.channel = control;
  ObjectDefineProperty(target, '_channel', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return this.channel; },
    set(v) { this.channel = v; },
  });
  target.connected = true;
  target._handleQueue = null;
  let pendingWrites = 0;
  let closed = false;

  function onMessage(message) {
    const event = isInternal(message) ? 'internalMessage' : 'message';
    process.nextTick(() => target.emit(event, message));
  }

  handle.setOnRead((ab, nread) => {
    if (nread > 0) {
      try {
        codec.decode(Buffer.from(new ArrayBuffer(ab)), onMessage);
      } catch (err) {
        target.emit('error', err);
      }
      return;
    }
    // EOF or a read error: the other side is gone.
    handle.setOnRead(() => {});
    if (target.connected) target.disconnect();
    else if (target.channel) target._disconnect();
  });
  handle.readStart();

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle;
      sendHandle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (sendHandle !== undefined && sendHandle !== null) {
      throw new ERR_NODE4J_UNSUPPORTED('sending a server or socket handle over IPC (subprocess.send(message, handle))');
    }
    if (this.connected) return this._send(message, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, callback) {
    const data = codec.encode(message);
    pendingWrites++;
    control.refCounted();
    const done = (status) => {
      pendingWrites--;
      control.unrefCounted();
      if (status < 0) {
        const ex = errnoException(status, 'write');
        if (typeof callback === 'function') callback(ex);
        else this.emit('error', ex);
      } else if (typeof callback === 'function') {
        callback(null);
      }
      if (pendingWrites === 0 && !this.connected && this.channel && !closed) this._disconnect();
    };
    const r = typeof data === 'string' ? handle.writeString(data, false, done) :
      handle.writeBuffer(data.buffer, data.byteOffset, data.byteLength, done);
    if (r !== 1) process.nextTick(done, r < 0 ? r : 0);
    return r === 0;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (pendingWrites === 0) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (closed) return;
    closed = true;
    this.channel = null;
    control._close();
    handle.setOnRead(() => {});
    // The peer sees EOF once our queued writes went out.
    handle.shutdown(() => handle.close(null));
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      target.emit('disconnect');
    };
    if (codec.buffering) {
      target.once('message', finish);
      target.once('internalMessage', finish);
    }
    process.nextTick(finish);
  };

  return control;
}

// The child's end: the fd a parent left in NODE_CHANNEL_FD. The channel keeps the process
// alive only while someone listens for 'message' or 'disconnect', as in Node.
function setupChildChannel() {
  const fd = +process.env.NODE_CHANNEL_FD;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const handle = internalBinding('pipe_wrap').open(fd);
  if (typeof handle === 'number') return;
  handle.unref();
  const control = setupChannel(process, handle, mode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  setupChannel,
  setupChildChannel,
  signalName,
  INHERIT,
  IGNORE,
  PIPE,
};
