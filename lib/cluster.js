'use strict';
// cluster: a primary forks workers (node4j processes with an IPC channel); workers' servers
// share a port through SO_REUSEPORT (the kernel spreads connections), since handles cannot
// be sent over IPC here. Which side this process is was decided by the NODE_UNIQUE_ID its
// parent set (see internal/main/run_main).

const state = require('internal/cluster/state');
module.exports = state.worker !== null ? require('internal/cluster/child') : require('internal/cluster/primary');
