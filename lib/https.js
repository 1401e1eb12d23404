'use strict';
// https: the http server and client over tls sockets. The HTTP/1 parser still runs in Java on
// the connection's I/O thread, behind the TLS handler, so the http code is the same.

const {
  ArrayPrototypeShift,
  ArrayPrototypeUnshift,
  FunctionPrototypeCall,
  ObjectAssign,
  ObjectSetPrototypeOf,
  ReflectConstruct,
} = primordials;

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest, urlToHttpOptions } = require('_http_client');
const httpServer = require('_http_server');
const { validateObject } = require('internal/validators');

// ---- Server ----

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = { __proto__: null };
  } else if (opts == null) {
    opts = { __proto__: null };
  } else {
    validateObject(opts, 'options');
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];
  httpServer.storeHTTPOptions.call(this, opts);
  FunctionPrototypeCall(tls.Server, this, {
    noDelay: true,
    ...opts,
  }, httpServer._connectionListener);
  httpServer.initServerState(this);
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function addListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
}
ObjectSetPrototypeOf(Server.prototype, tls.Server.prototype);
ObjectSetPrototypeOf(Server, tls.Server);

Server.prototype.closeAllConnections = httpServer.Server.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = httpServer.Server.prototype.closeIdleConnections;
Server.prototype.setTimeout = httpServer.Server.prototype.setTimeout;
Server.prototype.close = function close(...args) {
  this.closeIdleConnections();
  return FunctionPrototypeCall(tls.Server.prototype.close, this, ...args);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- Agent ----

function createConnection(options) {
  options = { __proto__: null, ...options };
  if (!options.servername && options.servername !== '' && options.host && !require('net').isIP(options.host)) {
    options.servername = options.host;
  }
  return tls.connect(options);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  FunctionPrototypeCall(HttpAgent, this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: {}, list: [] };
}
ObjectSetPrototypeOf(Agent.prototype, HttpAgent.prototype);
ObjectSetPrototypeOf(Agent, HttpAgent);

Agent.prototype.createConnection = createConnection;

// Sockets are pooled per TLS configuration as well as per host and port.
Agent.prototype.getName = function getName(options = { __proto__: null }) {
  let name = FunctionPrototypeCall(HttpAgent.prototype.getName, this, options);
  name += ':';
  for (const key of ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
    'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam',
    'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine']) {
    if (options[key] !== undefined) name += options[key];
    name += ':';
  }
  return name.slice(0, -1);
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- client ----

function request(...args) {
  let options = { __proto__: null };
  if (typeof args[0] === 'string') {
    const { URL } = require('internal/url');
    options = urlToHttpOptions(new URL(ArrayPrototypeShift(args)));
  } else if (args[0] && typeof args[0] === 'object' && typeof args[0].href === 'string' && args[0].searchParams) {
    options = urlToHttpOptions(ArrayPrototypeShift(args));
  }
  if (args[0] && typeof args[0] !== 'function') ObjectAssign(options, ArrayPrototypeShift(args));
  options._defaultAgent = module.exports.globalAgent;
  ArrayPrototypeUnshift(args, options);
  return ReflectConstruct(ClientRequest, args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
