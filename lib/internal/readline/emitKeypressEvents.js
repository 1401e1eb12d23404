'use strict';
// readline.emitKeypressEvents(stream): decode the stream's 'data' into 'keypress' events
// (character, key). Decoding starts only once someone listens for 'keypress', so a stream
// nobody reads keys from is left in whatever mode it was.

const { SymbolFor } = primordials;

const kKeypressDecoder = SymbolFor('node4j.readline.keypressDecoder');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  const { decodeKeys } = require('internal/readline/utils');
  stream[kKeypressDecoder] = new StringDecoder('utf8');

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[kKeypressDecoder].write(input);
      if (!string) return;
      const keys = decodeKeys(string);
      for (let i = 0; i < keys.length; i++) {
        const { key, escaped } = keys[i];
        stream.emit('keypress', escaped ? undefined : key.sequence, key);
      }
    } else {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
