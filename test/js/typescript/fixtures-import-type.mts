import { type Flag } from '../../fixtures/typescript/side-effect.ts';
export const f: Flag = false;
