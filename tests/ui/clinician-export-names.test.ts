// A download's name carries the intake's time on the clinic's clock, not in UTC: an evening
// intake in Los Angeles is named with that day's date.
import { afterEach, describe, expect, test } from 'vitest';
import { exportBaseName, type IntakeRecord } from '../../src/ui/clinician/clinician-exports';

const record = (completedAt: string, clientReference = 'A-17') =>
  ({ questionnaire: { id: 'intake' }, clientReference, completedAt }) as unknown as IntakeRecord;

describe("a download's name", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  test.each([
    // 04:30:05 UTC on the 24th is 20:30:05 on the 23rd in Los Angeles (PST, UTC−8).
    ['America/Los_Angeles', '2026-11-24T04:30:05.000Z', 'intake-A-17-2026-11-23T20-30-05'],
    // The same instant in Madrid (CET, UTC+1).
    ['Europe/Madrid', '2026-11-24T04:30:05.000Z', 'intake-A-17-2026-11-24T05-30-05'],
    ['UTC', '2026-11-24T04:30:05.000Z', 'intake-A-17-2026-11-24T04-30-05'],
  ])('in %s, %s is named %s', (tz, at, name) => {
    process.env.TZ = tz;
    expect(exportBaseName(record(at))).toBe(name);
  });

  test('without a client reference, the questionnaire and the time', () => {
    process.env.TZ = 'UTC';
    expect(exportBaseName(record('2026-01-02T03:04:05.000Z', '  '))).toBe('intake-2026-01-02T03-04-05');
  });
});
