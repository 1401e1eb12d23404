// Class syntax: modifiers, abstract classes, implements, optional/definite fields, overloads,
// index signatures, generics, declared fields and `this` parameters all erase.
const assert = require('assert');
interface Named { name: string }
abstract class Base<T> implements Named {
  [key: string]: unknown;
  public abstract kind(): T;
  protected readonly id: number = 7;
  declare extra: string;
  name!: string;
  nick?: string;
  static count: number = 0;
  describe(this: Base<T>, prefix?: string): string { return `${prefix ?? ''}${this.kind()}#${this.id}`; }
}
class Impl extends Base<string> {
  private secret = 's';
  override kind(): string { return 'impl'; }
  get hidden(): string { return this.secret; }
  method(a: string): string;
  method(a: number): number;
  method(a: any): any { return a; }
}
const i = new Impl();
assert.strictEqual(i.describe('>'), '>impl#7');
assert.strictEqual(i.hidden, 's');
assert.strictEqual(i.method(3), 3);
assert.strictEqual('extra' in i, false);
assert.strictEqual('nick' in i, true);
assert.strictEqual(Impl.count, 0);
