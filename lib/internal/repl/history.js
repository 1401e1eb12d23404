'use strict';
// REPL history in a file, as Node keeps ~/.node_repl_history: one entry per line, newest
// first, at most historySize entries, written after every entry, file mode 0600. node4j's
// default file is ~/.node4j_repl_history; NODE_REPL_HISTORY names another ('' turns it off).

const {
  ArrayPrototypeFilter,
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeTrim,
} = primordials;

function defaultHistoryPath(env) {
  if (env.NODE_REPL_HISTORY !== undefined) {
    const p = StringPrototypeTrim(env.NODE_REPL_HISTORY);
    return p === '' ? null : p;
  }
  return require('path').join(require('os').homedir(), '.node4j_repl_history');
}

// Loads the file into repl.history and keeps it written; cb(err, repl) as Node's setupHistory.
function setupHistory(repl, historyPath, cb) {
  const fs = require('fs');
  if (historyPath === null || historyPath === undefined || historyPath === '' || !repl.terminal) {
    process.nextTick(cb, null, repl);
    return;
  }
  try {
    const text = fs.readFileSync(historyPath, 'utf8');
    const entries = ArrayPrototypeFilter(StringPrototypeSplit(text, /\r?\n/), (l) => l !== '');
    repl.history = ArrayPrototypeSlice(entries, 0, repl.historySize);
  } catch (err) {
    if (err.code !== 'ENOENT') {
      repl._writeToOutput('\nError: Could not open history file.\nREPL session history will not be persisted.\n');
      process.nextTick(cb, null, repl);
      return;
    }
  }
  repl.on('history', (history) => {
    try {
      fs.writeFileSync(historyPath, ArrayPrototypeJoin(history, '\n') + '\n', { mode: 0o600 });
    } catch {
      // a history file we cannot write must not break the session
    }
  });
  process.nextTick(cb, null, repl);
}

module.exports = { defaultHistoryPath, setupHistory };
