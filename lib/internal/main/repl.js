'use strict';

const { NumberIsNaN, NumberParseFloat } = primordials;

// The REPL `node4j` opens with no script: history, builtin modules as globals, and errors
// from callbacks printed as the REPL prints them rather than ending the process.
function startStandalone() {
  const { start, REPL_MODE_SLOPPY, REPL_MODE_STRICT } = require('repl');
  const env = process.env;
  const size = NumberParseFloat(env.NODE_REPL_HISTORY_SIZE);
  const replServer = start({
    prompt: '> ',
    useGlobal: true,
    ignoreUndefined: false,
    terminal: env.NODE_NO_READLINE ? false : undefined,
    replMode: env.NODE_REPL_MODE === 'strict' ? REPL_MODE_STRICT : REPL_MODE_SLOPPY,
    historySize: NumberIsNaN(size) ? 1000 : size,
  });
  require('internal/repl/builtin_globals').addBuiltinLibsToObject(globalThis);
  const { defaultHistoryPath } = require('internal/repl/history');
  replServer.setupHistory(defaultHistoryPath(env), () => {});
  const { setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback } =
    require('internal/process/execution');
  if (!hasUncaughtExceptionCaptureCallback()) {
    setUncaughtExceptionCaptureCallback((err) => {
      replServer.clearLine();
      replServer._handleError(err);
    });
  }
  replServer.on('exit', () => process.exit());
  return replServer;
}


module.exports = { startStandalone };
