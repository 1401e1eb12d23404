export type { Name } from '../../fixtures/typescript/esm.mts';
export type * from '../../fixtures/typescript/types-only.ts';
type Local = number;
const value: Local = 1;
export { type Local, value };
export default interface Shape { s: Local }
