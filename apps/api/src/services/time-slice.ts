import { setImmediate as immediate } from 'node:timers/promises';

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
    await immediate();
  }
}

/**
 * Work that many requests do at once in small slices (the downloads' chunks): each slice waits for its turn, one turn
 * per iteration of the event loop, in the order asked, so whatever else waits (a /healthz, a cached read) is answered
 * between any two slices, however many downloads run. Without it a slice that awaits only microtasks is followed at
 * once by the next: a socket that takes a chunk at once asks for the next one in the same tick.
 */
export class Turns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** Resolves when the caller's turn comes: in a later iteration of the event loop than the turn before it. */
  take(): Promise<void> {
    const turn = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.schedule();
    return turn;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate queued while immediates run waits for the next iteration: timers and I/O come in between.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()!();
      this.schedule();
    });
  }
}
