/**
 * The injectable clock. Services never call `new Date()` for business time: they ask the
 * clock, so tests move time instead of waiting.
 */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set and advance. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/**
 * A clock whose offset can be moved at run time (development and test servers expose it
 * so end-to-end tests in another process can move time); the offset starts at zero.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
