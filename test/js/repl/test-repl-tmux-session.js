'use strict';
// timeout: 400
// A person at a terminal: tmux types into this runtime's REPL (process.execPath with no
// script, so Node's REPL under Node and node4j's under node4j) a multi-line function, an
// await of a timer's promise, Tab after require('fs').rea (Node 24 offers nothing for a
// call), Tab twice after fs.readd (the common prefix, then the list), and .exit; the screen
// must read as Node's.
// The REPL is a new process (a JVM under node4j, 20-60 s to start on a loaded machine): each
// step waits for its output with bounded polling, never a fixed delay.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const tmuxBin = ['/usr/bin/tmux', '/usr/local/bin/tmux'].find((p) => fs.existsSync(p));
if (tmuxBin === undefined) {
  console.log('1..0 # Skipped: tmux is not installed');
  return;
}
const socket = `repl-test-${process.pid}`;
const tmux = (...args) => cp.execFileSync(tmuxBin, ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'repl').replace(/\n+$/, '\n');
// History off, so the user's ~/.node_repl_history (or node4j's) is neither read nor written.
const command = `env NODE_REPL_HISTORY= ${JSON.stringify(process.execPath)}; echo "[exit $?]"; sleep 600`;
tmux('new-session', '-d', '-x', '100', '-y', '30', '-s', 'repl', command);
process.on('exit', () => {
  try { tmux('kill-server'); } catch { /* already gone */ }
});

// Keys as tmux sends them: literal text, or key names such as Enter and Tab.
const type = (text) => tmux('send-keys', '-t', 'repl', '-l', text);
const press = (...keys) => tmux('send-keys', '-t', 'repl', ...keys);

function waitFor(pattern, then, deadline = Date.now() + 240_000) {
  const now = screen();
  if (pattern.test(now)) return then();
  if (Date.now() > deadline) assert.fail(`screen never matched ${pattern}:\n${now}`);
  setTimeout(waitFor, 100, pattern, then, deadline);
}

const expected = `Welcome to Node.js v24.21.0.
Type ".help" for more information.
> function add(a, b) {
| return a + b
| }
undefined
> await new Promise((r) => setTimeout(() => r(add(2, 3)), 10))
5
> fs.readdir
fs.readdir      fs.readdirSync

> .exit
[exit 0]
`;

// A Tab is typed only once the text before it is on the screen: Node's readline ignores a
// Tab that arrives in the same read as other keys (a paste).
waitFor(/^>$/m, () => {
  type('function add(a, b) {');
  press('Enter');
  type('return a + b');
  press('Enter');
  type('}');
  press('Enter');
  waitFor(/^undefined\n>$/m, () => {
    type('await new Promise((r) => setTimeout(() => r(add(2, 3)), 10))');
    press('Enter');
    waitFor(/^5\n>$/m, () => {
      type("require('fs').rea");
      waitFor(/^> require\('fs'\)\.rea$/m, () => {
        press('Tab'); // Node 24 evaluates no call to complete: nothing happens
        setTimeout(() => {
          press('C-u');
          type('fs.readd');
          // (Node previews the completion: the line may already read fs.readdir)
          waitFor(/^> fs\.readd/m, () => {
            press('Tab');
            setTimeout(() => {
              press('Tab');
              waitFor(/^fs\.readdir +fs\.readdirSync$/m, () => {
                press('C-u');
                type('.exit');
                press('Enter');
                waitFor(/^\[exit \d+\]$/m, common.mustCall(() => {
                  // The welcome line names the version node4j answers to: Node's.
                  const text = screen().replace(/^Welcome to Node\.js v[\d.]+\./, 'Welcome to Node.js v24.21.0.');
                  assert.strictEqual(text, expected);
                }));
              });
            }, 1000);
          });
        }, 1000);
      });
    });
  });
});
