#!/usr/bin/env node
// A hashbang line before module code that uses import.meta.
import assert from "node:assert";
assert.strictEqual(import.meta.filename.endsWith("test-esm-hashbang.mjs"), true);
assert.strictEqual(new Error("x").stack.split("\n")[1].includes("file://"), true);
console.log("ok");
