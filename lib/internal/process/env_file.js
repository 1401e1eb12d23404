'use strict';
// .env files: process.loadEnvFile(path) and the --env-file / --env-file-if-exists flags.
// Variables already in the environment win over the file's, as in Node.

const { ArrayPrototypeIncludes, ObjectKeys } = primordials;

function applyEnv(text) {
  const parsed = require('internal/util/extras').parseEnv(text);
  const keys = ObjectKeys(parsed);
  for (let i = 0; i < keys.length; i++) {
    if (process.env[keys[i]] === undefined) process.env[keys[i]] = parsed[keys[i]];
  }
}

function loadEnvFile(path = undefined) {
  if (path !== undefined) {
    const { getValidatedPath } = require('internal/fs/utils');
    path = getValidatedPath(path);
  } else {
    path = '.env';
  }
  applyEnv(require('fs').readFileSync(path, 'utf8'));
}

// The flags' files, in the order given (the launcher has checked that --env-file ones exist).
function loadEnvFilesFromFlags() {
  const { getOptionValues } = require('internal/options');
  const files = getOptionValues('--env-file', '--env-file-if-exists');
  if (files.length === 0) return;
  const ifExists = getOptionValues('--env-file-if-exists');
  const fs = require('fs');
  for (let i = 0; i < files.length; i++) {
    let text;
    try {
      text = fs.readFileSync(files[i], 'utf8');
    } catch {
      if (ArrayPrototypeIncludes(ifExists, files[i])) {
        process._rawDebug(`${files[i]} not found. Continuing without it.`);
        continue;
      }
      throw new Error(`${files[i]}: not found`);
    }
    applyEnv(text);
  }
}

module.exports = { loadEnvFile, loadEnvFilesFromFlags };
