'use strict';
// brotli output is byte-identical to reference Node 24's for each quality and parameter set
// (expected values recorded with Node), and Node's output decompresses to the input.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const inputs = {
  text: 'The quick brown fox jumps over the lazy dog. '.repeat(300),
  bin: Buffer.from(Array.from({ length: 40000 }, (_, i) => (i * i + 17 * i) & 0xff)),
  small: 'hello brotli',
};
const cases = [
 [
  "text",
  {
   "params": {
    "1": 0
   }
  },
  "i10aAICqqqrq/3Slw0lvJz1cTFVFN1M1MVMzte3/rvr33FvdM6rL2xjuihcLCwsbG6t6mVEdfPjwYzAYjONMVtVgMBgMBoM51BmRitIoHBbaSfae4Lu1WThm8Stu6LMR9aXOvp/oLYMrC235P4ImQ4Dfj1gA3A=="
 ],
 [
  "bin",
  {
   "params": {
    "1": 0
   }
  },
  "ix9OAICqqqrq38fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHJ8YnxsfHxyfGx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHxycmJsYnxifGx8fn/67699xb3TOqy9sY7ooXCwsLGxureplRHXz48GMwGIzjTFbVYDAYDAaDOdQZkYrSKBwW2kn2nuDPHwBJ5qnsoeLwBGfpArUtQvhY3uO1ySVWn39m+6aEhwHOOaEGj9IKynNQdhk5dBjkvbre3Xc/LEGsCmbmW5w+skBK8re0+JxVABs20ialwawyJtqlFzUwwet6xCqhQF/m7ULsyWFUy0R8LofD5YtkaqPjKVZoz1+gFIk1Ul+DmYZo70IzZVYYTWpDsjWAiuxZnH6TlyCWET1+M88EVWIC5r+7311XLyiMzjG6yoMHVZEeg9SJEzd4IEx97Oe8HrtMavH78qMQsa0FdCz4aVgM2VU8MhLwuluM+51Ws9nq9MeL3SsABr/fSwK4AQ=="
 ],
 [
  "small",
  {
   "params": {
    "1": 0
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "1": 1
   }
  },
  "i10aAICqqqrq/3Slw0lvJz1cTFVFN1M1MVMztQ0O4OJXmkhxhw3GPCOotVk4ZvErbuizEfWlzr6f6C2DKwtt+T+CJsPwEQuAAQ=="
 ],
 [
  "bin",
  {
   "params": {
    "1": 1
   }
  },
  "ix9OAICqqqrq38HBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHhAC5+pdrTiw3gEhj/B0CSeSp7tDK5wlm6cPOAELprJ7w2s8HqSzd2cEFwjnGuOTVykdZRvrNywCiiYyD/1/Px/kOwNLEhWJp/KfrUAqnKXznxs6AAtm2kfVaD2eZNtPcwYWCCd624VUKB3le9cjLgMKplIj6Xw+HyRTK10RFIlnurO5QiscZbOzDTkBi+aab8FqPJ7km2NlBReIpzL3kVYpnSUz/zUtAgpmGhv/fj+fpBMXSRMVCefai69BKhzl24sZOwCLJvJT12k9HiTzW3EHFohnUs+HVSidpVPDIS8DiuZ6N+t9Pp9kez9fEBeNC9JIAB"
 ],
 [
  "small",
  {
   "params": {
    "1": 1
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "1": 4
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8qcpUB2YF7qyWZCDb+GVpyPyoqw2JrhFHxgniQWguv8QmAwA"
 ],
 [
  "bin",
  {
   "params": {
    "1": 4
   }
  },
  "Gz+cAGQAbmtSjEeDI9JLAgCQyXlV7aMrJ6/hWXXDmw8Rhd1rT/G1Mzex9Utv2YMXCZ3HcV3nqSMvpetRfc+VBxmL0WNB/b89P73/Q2HTiRsFl81/U+mnLSGr5V9zxZ8LFYHbbUn3szUxt/NNad+HEw2ZwXdb460lKaHvV3vLkwMdjdVlRfm5OTm5+UVl1Y0dA5PLe1fvoSklreNbd8GZDROH32lN87cxNbP3SW3bgRULn8VzX+WrIS2n6VN/zZcFG4nTYUP/vT89v/1BY9GLGQeVz31R66UvI6nnXXHHnQkXg9lvS/WxNzO18U9r3YURD5vDdVnhrycro+1VecmRAY/H67Oj/d2dnd39o7Prx48AZHJeVfsB"
 ],
 [
  "small",
  {
   "params": {
    "1": 4
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "1": 5
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8ucoUB2YV7ayWdBs4ZWnI/KirDYmuEUfGCeJBaC6/xCYDAA="
 ],
 [
  "bin",
  {
   "params": {
    "1": 5
   }
  },
  "Gz+cAGQAbmtSjEeDI9JLAgCQyXlV7aMrJ6/hWXXDmw8Rhd1rT/G1Mzex9Utv2YMXCZ3HcV3nqSMvpetRfc+VBxmL0WNB/b89P73/Q2HTiRsFl81/U+mnLSGr5V9zxZ8LFYHbbUn3szUxt/NNad+HEw2ZwXdb460lKaHvV3vLkwMdjdVlRfm5OTm5+UVl1Y0dA5PLe1fvoSklreNbd8GZDROH32lN87cxNbP3SW3bgRULn8VzX+WrIS2n6VN/zZcFG4nTYUP/vT89v/1BY9GLGQeVz31R66UvI6nnXXHHnQkXg9lvS/WxNzO18U9r3YURD5vDdVnhrycro+1VecmRAY/H67Oj/d2dnd39o7Prx48AZHJeVfsB"
 ],
 [
  "small",
  {
   "params": {
    "1": 5
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "1": 9
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8ucoUB2YV7ayWdBs4ZWnI/KirDYmuEUfGCeJBaC6/xCYDAA="
 ],
 [
  "bin",
  {
   "params": {
    "1": 9
   }
  },
  "Gz+cAGQAbmtSjEeD8+lLAgCQyXlV7aMrJ6/hWXXDmw8Rhd1rT/G1Mzex9Utv2YMXCZ3HcV3nqSMvpetRfc+VBxmL0WNB/b89P73/Q2HTiRsFl81/U+mnLSGr5V9zxZ8LFYHbbUn3szUxt/NNad+HEw2ZwXdb460lKaHvV3vLkwMdjdVlRfm5OTm5+UVl1Y0dA5PLe1fvoSklreNbd8GZDROH32lN87cxNbP3SW3bgRULn8VzX+WrIS2n6VN/zZcFG4nTYUP/vT89v/1BY9GLGQeVz31R66UvI6nnXXHHnQkXg9lvS/WxNzO18U9r3YURD5vDdVnhrycro+1VecmRAY/H67Oj/d2dnd39o7Prx48D"
 ],
 [
  "small",
  {
   "params": {
    "1": 9
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "1": 11
   }
  },
  "G7s0iCwOeNPQlV2XELsXK6nK0JLMjK1BXObyNsgZnp4Ke4MNOHBIIG80uEGnFc4cHieqKTjCSWIB2KfB"
 ],
 [
  "bin",
  {
   "params": {
    "1": 11
   }
  },
  "Gz+c+GcAbmtSjEfjFZ++JAAAmZxX1T66cvIanlU3vPkQUdi99hRfO3MTW7/0lj14kdB5HNd1njryUroe1fdceZCxGD0W1P/b89P7PxQ2nbhRcNn8N5V+2hKyWv41V/y5UBG43ZZ0P1sTczvflPZ9ONGQGXy3Nd5akhL6frW3PDnQ0VhdVpSfm5OTm19UVt3YMTC5vHf1HppS0jq+dRec2TBx+J3WNH8bUzN7n9S2HVix8Fk891W+GtJymj7113xZsJE4HTb03/vT89sfNBa9mHFQ+dwXtV76MpJ63hV33JlwMZj9tlQfezNTG/+01l0Y8bA5XJcV/nqyMtpelZccGfB4vD472t/d2dndPzq7fvxI"
 ],
 [
  "small",
  {
   "params": {
    "1": 11
   }
  },
  "iwWAaGVsbG8gYnJvdGxpAw=="
 ],
 [
  "text",
  {
   "params": {
    "0": 1,
    "1": 6
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8ucoUB2YV7ayWdBs4ZWnI/KirDYmuEUfGCeJBaC6/xCYDAA="
 ],
 [
  "text",
  {
   "params": {
    "1": 7,
    "2": 10
   }
  },
  "odilASDaNkp1IdmSoSieijyTkz9HgerAvLKVzYJmC688HZEXZbUxwS36wDhJLADV/YfAZAAA"
 ],
 [
  "text",
  {
   "params": {
    "1": 8,
    "3": 16
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8ucoUB2YV7ayWdBs4ZWnI/KirDYmuEUfGCeJBaC6/xCYDAA="
 ],
 [
  "text",
  {
   "params": {
    "5": 13500
   }
  },
  "G7s0iCwOeNPQlV2XELsXK6nK0JLMjK1BXObyNsgZnp4Ke4MNOHBIIG80uEGnFc4cHieqKTjCSWIB2KfB"
 ],
 [
  "text",
  {
   "params": {
    "1": 9,
    "4": 1
   }
  },
  "G7s0AETbRqkuJFsyFMVTkWdy8ucoUB2YV7ayWdBs4ZWnI/KirDYmuEUfGCeJBaC6/xCYDAA="
 ],
 [
  "text",
  {
   "params": {
    "1": 10,
    "7": 1,
    "8": 12
   }
  },
  "G7s0iCwOeNPQlV2XELsXK6nK0JLMjK1BXObyNsgZnp4Ke4MNOHBIIG80uEGnFc4cHieqKTjCSWIB2KfB"
 ]
];
for (const [name, opts, expected] of cases) {
  const input = inputs[name];
  const got = zlib.brotliCompressSync(input, opts);
  assert.strictEqual(got.toString('base64'), expected, `${name} ${JSON.stringify(opts)}`);
  const back = zlib.brotliDecompressSync(Buffer.from(expected, 'base64'));
  assert.deepStrictEqual(back, Buffer.from(input));
}
