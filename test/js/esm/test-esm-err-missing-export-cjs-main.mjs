// exit: 1
// The entry point asks a CommonJS module for a name it lacks: Node's report points at it.
import { present, absent } from '../../fixtures/esm-errors/lib.cjs';
console.log(present, absent);
