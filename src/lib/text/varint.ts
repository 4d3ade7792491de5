// LEB128 variable-length unsigned integers: small numbers (most n-gram counts are 1) take one byte.

export type ByteWriter = { push(value: number): void; bytes(): Uint8Array };

export function byteWriter(initialCapacity = 1 << 16): ByteWriter {
  let buffer = new Uint8Array(initialCapacity);
  let length = 0;
  return {
    push(value) {
      if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError(`varint must be a safe unsigned integer, got ${value}`);
      if (length + 8 > buffer.length) {
        const grown = new Uint8Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      let v = value;
      while (v >= 0x80) {
        buffer[length++] = (v % 0x80) | 0x80;
        v = Math.floor(v / 0x80);
      }
      buffer[length++] = v;
    },
    bytes: () => buffer.slice(0, length),
  };
}

export type ByteReader = { next(): number; offset(): number };

export function byteReader(bytes: Uint8Array, start = 0): ByteReader {
  let position = start;
  return {
    next() {
      let value = 0;
      let scale = 1;
      for (;;) {
        if (position >= bytes.length) throw new RangeError('varint runs past the end of the data');
        const byte = bytes[position++];
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) return value;
        scale *= 0x80;
      }
    },
    offset: () => position,
  };
}
