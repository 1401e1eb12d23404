'use strict';
// The store follows I/O: fs callbacks (readFile, stat, open/read/close chains, mkdtemp),
// fs.promises continuations, and stays put through nested runs and exit().
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();

als.run('readFile', () => {
  fs.readFile(__filename, common.mustSucceed((data) => {
    assert.ok(data.length > 0);
    assert.strictEqual(als.getStore(), 'readFile');
  }));
});

als.run('stat-error', () => {
  fs.stat(path.join(__dirname, 'does-not-exist'), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(als.getStore(), 'stat-error');
  }));
});

als.run('chain', () => {
  fs.open(__filename, 'r', common.mustSucceed((fd) => {
    assert.strictEqual(als.getStore(), 'chain');
    als.run('inner', () => {
      fs.read(fd, Buffer.alloc(4), 0, 4, 0, common.mustSucceed((n, buf) => {
        assert.strictEqual(buf.toString(), "'use");
        assert.strictEqual(als.getStore(), 'inner');
        fs.close(fd, common.mustSucceed(() => assert.strictEqual(als.getStore(), 'inner')));
      }));
    });
    assert.strictEqual(als.getStore(), 'chain');
  }));
});

other.run('second storage', () => {
  als.run('both', () => {
    fs.mkdtemp(path.join(os.tmpdir(), 'node4j-als-'), common.mustSucceed((dir) => {
      assert.strictEqual(als.getStore(), 'both');
      assert.strictEqual(other.getStore(), 'second storage');
      fs.rmdir(dir, common.mustSucceed(() => {
        assert.strictEqual(als.getStore(), 'both');
      }));
    }));
  });
});

als.run('promises', async () => {
  const data = await fs.promises.readFile(__filename, 'utf8');
  assert.ok(data.startsWith("'use strict'"));
  assert.strictEqual(als.getStore(), 'promises');
  await fs.promises.stat(__filename);
  assert.strictEqual(als.getStore(), 'promises');
  als.exit(() => {
    assert.strictEqual(als.getStore(), undefined);
    fs.stat(__filename, common.mustSucceed(() => assert.strictEqual(als.getStore(), undefined)));
  });
  assert.strictEqual(als.getStore(), 'promises');
}).then(common.mustCall());

assert.strictEqual(als.getStore(), undefined);
fs.stat(__filename, common.mustSucceed(() => assert.strictEqual(als.getStore(), undefined)));

als.run('write-rm-realpath', () => {
  const file = path.join(os.tmpdir(), `node4j-als-${process.pid}.txt`);
  fs.writeFile(file, 'x', common.mustSucceed(() => {
    assert.strictEqual(als.getStore(), 'write-rm-realpath');
    fs.realpath(file, common.mustSucceed(() => {
      assert.strictEqual(als.getStore(), 'write-rm-realpath');
      fs.rm(file, common.mustSucceed(() => assert.strictEqual(als.getStore(), 'write-rm-realpath')));
    }));
  }));
});

als.run('dir', () => {
  fs.opendir(__dirname, common.mustSucceed((dir) => {
    assert.strictEqual(als.getStore(), 'dir');
    als.run('dir-read', () => {
      dir.read(common.mustSucceed((entry) => {
        assert.ok(entry !== null);
        assert.strictEqual(als.getStore(), 'dir-read');
        dir.close(common.mustSucceed(() => assert.strictEqual(als.getStore(), 'dir-read')));
      }));
    });
  }));
});
