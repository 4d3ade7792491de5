import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteReader, byteWriter } from './varint.ts';

describe('varint', () => {
  it('reads back any list of safe unsigned integers it wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(300), fc.maxSafeNat())), (values) => {
        const out = byteWriter(4);
        for (const v of values) out.push(v);
        const input = byteReader(out.bytes());
        expect(values.map(() => input.next())).toEqual(values);
      }),
      { numRuns: 100 },
    );
  });

  it('spends one byte below 128 and refuses negative or fractional numbers', () => {
    const out = byteWriter();
    out.push(127);
    expect(out.bytes()).toEqual(new Uint8Array([127]));
    expect(() => out.push(-1)).toThrow(RangeError);
    expect(() => out.push(1.5)).toThrow(RangeError);
  });
});
