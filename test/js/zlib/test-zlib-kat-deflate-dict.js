'use strict';
// deflate with dictionary: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = { dictionary: Buffer.from('quick brown fox') };
const expected = Buffer.from("eLsu6QXT7dDXO9UBHMfxlNJSRpqqn4SMtBcVDSEK2UQpJyc5HYdzrMo8HHvvvffe2/N8Pv+Y6+6763v7fl5X7wi1StH9nZRUgyY9U9FmqTIUvVqlpCXl5SrJ2hRPRbBgwYIFCxYsWLBgwYIFCxYsWPA/wYeOW5+/6nzzvvfLwNDoRFVaZh6KUI46tKIHw5jCIjZYSBNr2cJuDnGSC1zn3hHLM5euud5+9NwvODwuSa3N+gMjqtCIDvRjDLNYwTZLWMkGtrOPo5zhMrcOHrM6d8XJ457Xi4CQqITkHxm5KIQJtWhBN4YwiQWsY49lrGEzuzjICc5zjbuHT9pedLhx6+Gz10EfYj+n/DT8Rgkq0YB29GEUM1jGFotZwXq2sZcjnOYSN82Onj57+br73Se+/u8jP35N1eUUoAw1aEYXBjGBeaxhl6WsZhM7OcBxznGVO+YnbC4oLp4Pnr56Gxbz6ZtG/wvFqEA92tCLEUxjCZssYjnr2MoeDnOKi9w4YHHKzt7R7c5jnzfvIuK/fE/PzkcpqtGETgxgHHNYxQ6NrGIjO9jPMc5yhdvyX/7Lf/kv/+W//Jf/8l/+y3/5L//lv/z/P//vAzt93kg=", 'base64');
const mine = zlib.deflateSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.inflateSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.inflateSync(expected, inflateOpts), input);
zlib.inflate(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createDeflate(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
