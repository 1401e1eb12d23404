'use strict';
// A cluster worker: tells the primary it is online, asks it which port a server should take
// (net's listen calls _getServer), reports 'listening', and closes its servers and its
// channel when the primary says disconnect.

const { SafeSet } = primordials;
const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/messages');
const state = require('internal/cluster/state');

const cluster = new EventEmitter();
const servers = new SafeSet();

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  state.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away without asking us to stop: nothing is left to serve.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  sendHelper(process, { act: 'online' });

  function onmessage(message) {
    if (message.act === 'disconnect') {
      worker.exitedAfterDisconnect = true;
      worker.disconnect();
    }
  }
};

// Called by net's listen in a worker: cb(port) with the port to bind with SO_REUSEPORT.
cluster._getServer = function _getServer(server, options, cb) {
  const message = { act: 'queryServer', address: options.address, port: options.port,
                    addressType: options.addressType, fd: -1 };
  const key = `${options.address}:${options.port}:${options.addressType}`;
  sendHelper(process, message, (reply) => {
    servers.add(server);
    server.once('close', () => servers.delete(server));
    server.once('listening', () => {
      const a = server.address();
      sendHelper(process, { act: 'listening', address: options.address, port: a.port,
                            addressType: options.addressType, fd: -1, key });
    });
    cb(reply.port);
  });
};

Worker.prototype.disconnect = function disconnect() {
  if (this.state === 'disconnecting' || this.state === 'destroying') return this;
  this.state = 'disconnecting';
  this.exitedAfterDisconnect = true;
  let waiting = servers.size;
  const done = () => {
    if (--waiting <= 0 && process.connected) process.disconnect();
  };
  if (waiting === 0) {
    waiting = 1;
    done();
  } else {
    for (const server of servers) server.close(done);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
    return;
  }
  this.state = 'destroying';
  sendHelper(process, { act: 'exitedAfterDisconnect' }, () => process.disconnect());
  process.once('disconnect', () => process.exit(0));
};

module.exports = cluster;
