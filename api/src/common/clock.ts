/**
 * Where the API reads the time for its rules: sign-in waits, session expiry
 * and idleness, the trail's times and seals, when an observation was
 * recorded. In production it is the system clock; the tests give the app a
 * clock they move by hand, so that nothing waits for real time to pass.
 */
export abstract class Clock {
  /** Milliseconds since 1970, as `Date.now()`. */
  abstract now(): number;

  date(): Date {
    return new Date(this.now());
  }

  /** Resolves once this much time has passed on this clock. */
  abstract wait(ms: number): Promise<void>;
}

export class SystemClock extends Clock {
  now(): number {
    return Date.now();
  }

  wait(ms: number): Promise<void> {
    return new Promise((done) => setTimeout(done, ms));
  }
}
