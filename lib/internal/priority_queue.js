'use strict';
// A binary min-heap with an optional position setter, so items can be removed or re-sifted
// in O(log n) (the timers queue re-sorts a list when its expiry moves).

module.exports = class PriorityQueue {
  #compare = (a, b) => a - b;
  #heap = [undefined];
  #setPosition;
  #size = 0;

  constructor(comparator, setPosition) {
    if (comparator !== undefined) this.#compare = comparator;
    if (setPosition !== undefined) this.#setPosition = setPosition;
  }

  insert(value) {
    const heap = this.#heap;
    const pos = ++this.#size;
    heap[pos] = value;
    this.percolateUp(pos);
  }

  peek() {
    return this.#heap[1];
  }

  peekBottom() {
    return this.#heap[this.#size];
  }

  percolateDown(pos) {
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const heap = this.#heap;
    const size = this.#size;
    const hsize = size >> 1;
    const item = heap[pos];
    while (pos <= hsize) {
      let child = pos << 1;
      const nextChild = child + 1;
      let childItem = heap[child];
      if (nextChild <= size && compare(heap[nextChild], childItem) < 0) {
        child = nextChild;
        childItem = heap[nextChild];
      }
      if (compare(item, childItem) <= 0) break;
      if (setPosition !== undefined) setPosition(childItem, pos);
      heap[pos] = childItem;
      pos = child;
    }
    heap[pos] = item;
    if (setPosition !== undefined) setPosition(item, pos);
  }

  percolateUp(pos) {
    const heap = this.#heap;
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos >> 1];
      if (compare(parent, item) <= 0) break;
      heap[pos] = parent;
      if (setPosition !== undefined) setPosition(parent, pos);
      pos >>= 1;
    }
    heap[pos] = item;
    if (setPosition !== undefined) setPosition(item, pos);
  }

  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.#compare(heap[pos >> 1], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }

  shift() {
    const heap = this.#heap;
    const value = heap[1];
    if (value === undefined) return;
    this.removeAt(1);
    return value;
  }
};
