'use strict';
// The dependency sets the issue asks to time. Ranges, not pins: they resolve against the packuments
// captured once (capture.js), so every run and both tools see the same registry state.
module.exports = {
  express: { express: '*' },
  tools: { typescript: '*', eslint: '*', prettier: '*', webpack: '*' },
};
