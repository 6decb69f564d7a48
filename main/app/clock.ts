import { AsyncLocalStorage } from 'node:async_hooks';

/** The secretariat's clock: every "today" and "now" in main comes from here, in Europe/Copenhagen. */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date in Copenhagen, as YYYY-MM-DD. */
  today(): string;
}

export const TIME_ZONE = 'Europe/Copenhagen';

const dateParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeParts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar date of an instant in Copenhagen, as YYYY-MM-DD. */
export function copenhagenDate(at: Date): string {
  return dateParts.format(at);
}

/** The wall-clock time of an instant in Copenhagen, as HH:MM. */
export function copenhagenTime(at: Date): string {
  return timeParts.format(at);
}

export function clockAt(now: () => Date): Clock {
  return { now, today: () => copenhagenDate(now()) };
}

export const systemClock: Clock = clockAt(() => new Date());

/** Tests: a clock that stands still at one instant (an ISO string with offset, or a Date). */
export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  return clockAt(() => new Date(instant));
}

const running = new AsyncLocalStorage<Clock>();

/** Runs a command with its handler context's clock (dispatch does this), so services deep down share it. */
export function withClock<T>(clock: Clock, fn: () => T): T {
  return running.run(clock, fn);
}

/** The clock of the command being handled (ctx.clock); the system clock outside a command (start-up, backups). */
export function activeClock(): Clock {
  return running.getStore() ?? systemClock;
}
