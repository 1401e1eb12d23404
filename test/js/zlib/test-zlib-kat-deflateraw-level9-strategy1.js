'use strict';
// deflateRaw with level, strategy: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":9,"strategy":1};
const expected = Buffer.from("7dBVW9NxGAZgC1FREQsL+KmAjSIqEiqKigXW7CQGI8YfBiMNuru7u5tt1HU9zxfzS3Dme34f3TqDXiWbYyPjVYRJS09U0VqGijMbk1KUlqY3qVSDXiWEZ2WqKC3GS+kECxYsWLBgwYIFCxYsWLBgwYIFbwbevsfpmJvnlRsBD56++vBdn5CShVyUoBpN6MQAxjEHK3NYzCo2soP9HOMsLdzYue/wyTMXrvneffTi7edwg5b2GwUoRx1a0YNhTGERq8xnGWvZwm4OcZILXNm2+4Czq8dlH//7T16+/xYVb8pEDopRhUZ0oB9jmIUFGyxiJRvYzj6OcobLXLfbe+jE6fNXb915+PzNp58xieZfyEcZatGCbgxhEgtYYR5LWcNmdnGQE5ynbesux6Mu7peu+wWFhL37GhmXnPEXRahEA9rRh1HMYBnrLGQF69nGXo5wmktc2+Fw8Lg653UzMPjZ648/oo2p2chDKWrQjC4MYgLzsDGXJaxmEzs5wHHO0brFfv+RU2cvet++9zhU9yUiNin9DwpRgXq0oRcjmMYS1ljActaxlT0c5hQXuSr/8i//8i//8i//8i//8i//8i//8i///+f/Pw==", 'base64');
const mine = zlib.deflateRawSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.inflateRawSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.inflateRawSync(expected, inflateOpts), input);
zlib.inflateRaw(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createDeflateRaw(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.inflateRawSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
