'use strict';
// Whether this process is a cluster worker: set once at start-up, read by net's listen
// without loading the cluster module.

module.exports = { worker: null };
