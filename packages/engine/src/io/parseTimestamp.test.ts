import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './parseTimestamp.js';

describe('parseTimestamp', () => {
  it('reads unix seconds as milliseconds', () => {
    expect(parseTimestamp('881250949')).toBe(881_250_949_000);
    expect(parseTimestamp('0')).toBe(0);
    expect(parseTimestamp('1.5')).toBe(1500);
  });

  it('reads YYYY-MM-DD HH:MM:SS as UTC', () => {
    expect(parseTimestamp('1997-12-04 15:55:49')).toBe(Date.UTC(1997, 11, 4, 15, 55, 49));
    expect(parseTimestamp('2024-02-29T23:59:59')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseTimestamp('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
  });

  it('says what is wrong with anything else', () => {
    expect(parseTimestamp('yesterday')).toBe(
      'timestamp "yesterday" is neither unix seconds nor YYYY-MM-DD HH:MM:SS',
    );
    expect(parseTimestamp('-5')).toMatch(/neither unix seconds/);
    expect(parseTimestamp('2023-02-29 10:00:00')).toBe(
      'timestamp "2023-02-29 10:00:00" is not a real date and time',
    );
    expect(parseTimestamp('2024-01-01 24:00:00')).toMatch(/not a real date/);
    expect(parseTimestamp('1700000000000')).toMatch(/after the year 9999: unix seconds are expected/);
  });
});
