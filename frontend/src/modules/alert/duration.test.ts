import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('says minutes under an hour, at least one', () => {
    expect(formatDuration(10_000, 'en')).toBe('1 minute');
    expect(formatDuration(45 * 60_000, 'en')).toBe('45 minutes');
  });

  it('says hours under two days and days after that', () => {
    expect(formatDuration(2 * 3_600_000 + 10 * 60_000, 'en')).toBe('2 hours');
    expect(formatDuration(47 * 3_600_000, 'en')).toBe('47 hours');
    expect(formatDuration(3 * 86_400_000, 'en')).toBe('3 days');
  });

  it('speaks the user language', () => {
    expect(formatDuration(2 * 3_600_000, 'pl')).toBe('2 godziny');
    expect(formatDuration(2 * 3_600_000, 'ru')).toBe('2 часа');
  });
});
