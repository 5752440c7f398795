import { setImmediate } from 'node:timers/promises';

/**
 * Long work on the event loop, cut into slices: between slices the loop answers other requests. `due()` says when
 * the current slice has run its time; `pause()` lets everything that waits run, then starts a new slice.
 */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly ms = 8) {}

  due(): boolean {
    return performance.now() - this.started >= this.ms;
  }

  async pause(): Promise<void> {
    await TimeSlice.yield();
    this.started = performance.now();
  }

  /** Lets the requests and I/O waiting on the event loop run first. */
  static async yield(): Promise<void> {
    await setImmediate();
  }
}
