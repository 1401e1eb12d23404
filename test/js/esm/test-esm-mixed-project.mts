// A mixed project with a TypeScript entry point: an ES module app importing a CommonJS package
// with named exports, a CommonJS app requiring an ESM-only package, and a dual package with
// conditional exports. The output must be reference Node 24's, byte for byte.
import { report } from '../../fixtures/mixed-project/app-esm.mjs';
import cjsApp from '../../fixtures/mixed-project/app-cjs.cjs';
import { createRequire } from 'node:module';

interface Report { from: string; [key: string]: unknown }
const require = createRequire(import.meta.url);
const reports: Report[] = [report, cjsApp as Report];
console.log('ts entry:', reports.map((r: Report): string => r.from).join(' + '));
const viaRequire = require('../../fixtures/mixed-project/app-cjs.cjs') as Report;
console.log('ts entry: same CommonJS instance:', viaRequire === cjsApp);
const { flavour } = await import('dual-lib').catch((e: Error) => ({ flavour: (e as NodeJS.ErrnoException).code }));
console.log('ts entry: bare import from outside the project:', flavour);
