import { describe, expect, it } from 'vitest';
import { AsyncQueue } from './queue.js';

async function drain<T>(q: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of q) out.push(x);
  return out;
}

describe('AsyncQueue', () => {
  it('hands over items pushed before and after the reader starts, in order, until the end', async () => {
    const q = new AsyncQueue<string>();
    q.push('渝北区');
    const read = drain(q);
    await new Promise((r) => setTimeout(r, 5));
    q.push('綦江区');
    q.push('黔江区');
    q.end();
    expect(await read).toEqual(['渝北区', '綦江区', '黔江区']);
  });
  it('a producer failure reaches the reader', async () => {
    const q = new AsyncQueue<number>();
    const read = drain(q);
    q.push(1);
    q.fail(new Error('extract failed'));
    await expect(read).rejects.toThrow('extract failed');
  });
  it('an empty queue that ends yields nothing', async () => {
    const q = new AsyncQueue<number>();
    q.end();
    expect(await drain(q)).toEqual([]);
  });
});
