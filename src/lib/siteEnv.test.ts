import { describe, expect, it } from 'vitest';
import { siteFromEnv } from './siteEnv.ts';

describe('SITE and BASE from the environment', () => {
  it('defaults to the local preview at the root', () => {
    expect(siteFromEnv({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
  });

  it('reads a course page on a university server', () => {
    expect(siteFromEnv({ SITE: 'https://uni.example', BASE: 'course/unrolled' })).toEqual({
      site: 'https://uni.example',
      base: '/course/unrolled/',
    });
  });

  it('says what to do with a SITE that carries the folder', () => {
    expect(() => siteFromEnv({ SITE: 'https://uni.example/course/unrolled/' })).toThrow(
      'SITE=https://uni.example BASE=/course/unrolled/',
    );
  });

  it('rejects a SITE that is not an http(s) address, and a BASE that is not a plain folder', () => {
    expect(() => siteFromEnv({ SITE: 'uni.example' })).toThrow('is not an address');
    expect(() => siteFromEnv({ SITE: 'ftp://uni.example' })).toThrow('https://');
    expect(() => siteFromEnv({ BASE: '/course/../x/' })).toThrow('plain folder path');
    expect(() => siteFromEnv({ BASE: 'https://cdn.example/' })).toThrow('plain folder path');
    expect(() => siteFromEnv({ BASE: '/a?b' })).toThrow('plain folder path');
  });
});
