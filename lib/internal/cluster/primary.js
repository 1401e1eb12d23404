'use strict';
// The primary: forks workers, tracks their life cycle, and hands out ports. Workers listen
// themselves with SO_REUSEPORT; for port 0 the first worker's kernel-chosen port is given
// to the others, so all workers of one address:port share a socket group.

const { ArrayPrototypeSlice, ObjectKeys, ObjectValues, SafeMap } = primordials;
const EventEmitter = require('events');
const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/messages');

const cluster = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;
let ids = 0;
let initialized = false;
// address key -> { port, waiting: [reply fns] } for servers asked for port 0
const ports = new SafeMap();

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
// The kernel spreads connections (SO_REUSEPORT): there is no round-robin without handle passing.
cluster.schedulingPolicy = SCHED_NONE;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: ArrayPrototypeSlice(process.argv, 2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  if (options && options.schedulingPolicy !== undefined) cluster.schedulingPolicy = SCHED_NONE;
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (ObjectKeys(cluster.workers).length === 0) ports.clear();
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const { fork: forkProcess } = require('child_process');
  const settings = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const child = forkProcess(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: settings.execArgv,
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
  const worker = new Worker({ id, process: child });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  // A worker leaves cluster.workers once it is both dead and disconnected (or on disconnect()).
  child.once('exit', (exitCode, signalCode) => {
    if (!child.connected) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  child.once('disconnect', () => {
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    if (worker.isDead()) removeWorker(worker);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  child.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

function onmessage(message) {
  const worker = this;
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      queryServer(worker, message);
      break;
    case 'listening':
      listening(worker, message);
      break;
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      sendHelper(worker.process, { ack: message.seq });
      break;
    default:
      break;
  }
}

function keyOf(message) {
  return `${message.address}:${message.port}:${message.addressType}`;
}

function queryServer(worker, message) {
  const reply = (port) => sendHelper(worker.process, { ack: message.seq, port });
  if (message.port !== 0) {
    reply(message.port);
    return;
  }
  const key = keyOf(message);
  const entry = ports.get(key);
  if (entry === undefined) {
    // The first worker binds port 0 itself and reports the port in its 'listening' message.
    ports.set(key, { port: 0, waiting: [], owner: worker.id });
    reply(0);
  } else if (entry.port !== 0) {
    reply(entry.port);
  } else {
    entry.waiting.push(reply);
  }
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  if (message.key !== undefined) {
    const entry = ports.get(message.key);
    if (entry !== undefined && entry.port === 0) {
      entry.port = message.port;
      for (const reply of entry.waiting) reply(message.port);
      entry.waiting = [];
    }
  }
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  sendHelper(this.process, { act: 'disconnect' });
  removeWorker(this);
  return this;
};

// Node 24 signals at once (its docs still describe a disconnect first); the channel then
// closes with the process, and exitedAfterDisconnect stays false.
Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};

cluster.disconnect = function disconnect(cb) {
  const workers = ObjectValues(cluster.workers);
  if (workers.length === 0) {
    if (typeof cb === 'function') process.nextTick(cb);
    return;
  }
  let pending = workers.length;
  for (const worker of workers) {
    const done = () => {
      if (--pending === 0 && typeof cb === 'function') cb();
    };
    if (worker.isConnected()) {
      worker.process.once('disconnect', done);
      worker.disconnect();
    } else {
      process.nextTick(done);
    }
  }
};

cluster._getServer = function _getServer() {
  throw new ERR_NODE4J_UNSUPPORTED('cluster._getServer in the primary');
};

module.exports = cluster;
