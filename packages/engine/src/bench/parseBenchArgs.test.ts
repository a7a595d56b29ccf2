import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './parseBenchArgs.js';

describe('parseBenchArgs', () => {
  it('runs every suite and size by default', () => {
    expect(parseBenchArgs([])).toEqual({
      suites: ['movielens', 'synthetic', 'growth'],
      sizes: ['small', 'medium', 'large'],
    });
  });

  it('reads sizes and suites, with a space or an equals sign', () => {
    expect(parseBenchArgs(['--sizes', 'small,medium']).sizes).toEqual(['small', 'medium']);
    expect(parseBenchArgs(['--sizes=large', '--suites=synthetic'])).toEqual({
      suites: ['synthetic'],
      sizes: ['large'],
    });
  });

  it('reads the store a child process measures', () => {
    const store = { label: 'x', products: 10, shoppers: 5, interactions: 100, serve: false };
    expect(parseBenchArgs(['--child', JSON.stringify(store)]).child).toEqual(store);
  });

  it('names a wrong argument and shows the usage', () => {
    expect(() => parseBenchArgs(['--sizes', 'huge'])).toThrow(
      'bench: --sizes "huge" is not one of small, medium, large',
    );
    expect(() => parseBenchArgs(['--suites', 'speed'])).toThrow('bench: --suites "speed" is not one of');
    expect(() => parseBenchArgs(['--size', 'small'])).toThrow(
      'bench: unknown argument "--size"\nusage: bench',
    );
    expect(() => parseBenchArgs(['--sizes'])).toThrow('bench: --sizes needs a value');
  });
});
