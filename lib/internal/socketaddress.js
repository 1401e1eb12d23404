'use strict';
// net.SocketAddress: an immutable (address, port, family, flowlabel), validated as Node does;
// BlockList and net use it. Its state is private: Object.keys() of one is [], as in Node.

const { StringPrototypeToLowerCase, SymbolFor } = primordials;
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');

const kInspect = SymbolFor('nodejs.util.inspect.custom');

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  static isSocketAddress(value) {
    return typeof value === 'object' && value !== null && #address in value;
  }

  // 'host:port' or '[v6]:port' as an http URL's authority reads it (so ':80' is port 0, as in
  // Node, which parses it the same way); undefined when it is not one.
  static parse(input) {
    validateString(input, 'input');
    let url;
    try {
      url = new URL(`http://${input}`);
    } catch {
      return undefined;
    }
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    let address = url.hostname;
    if (address[0] === '[') address = address.slice(1, -1);
    try {
      return new SocketAddress({
        address, port: url.port === '' ? 0 : +url.port, family: isIPv6(address) ? 'ipv6' : 'ipv4',
      });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' || family === 'IPv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } =
      options;
    validateString(family, 'options.family');
    family = StringPrototypeToLowerCase(family);
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw new ERR_INVALID_ADDRESS();
    this.#address = address;
    this.#port = port | 0;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { SocketAddress };
