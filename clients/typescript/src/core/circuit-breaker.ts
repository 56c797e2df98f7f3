// Generated from openapi/minimax.yaml by generator/ — do not edit.
/** An opt-in circuit breaker: after too many failures, calls fail at once for a while. */

import { CircuitOpenError } from './error-base.js';

export interface CircuitBreakerOptions {
  /** The share of failed requests, in (0, 1], that opens the circuit. Default 0.5. */
  failureRate?: number | undefined;
  /** How many of the latest requests are remembered. Default 20. */
  window?: number | undefined;
  /** The fewest remembered requests the failure rate is judged on, at most `window`. Default 10. */
  minimumCalls?: number | undefined;
  /** Milliseconds the circuit stays open before it lets a trial request through. Default 30 000. */
  cooldown?: number | undefined;
  /** The clock, in milliseconds; `Date.now` by default. */
  clock?: (() => number) | undefined;
}

/** `closed`: requests go out; `open`: they fail at once; `half-open`: the next is a trial. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Fails calls fast while the API is failing, then lets a trial call through.
 *
 * It remembers whether each of the latest `window` requests failed. Once at least
 * `minimumCalls` are remembered and the share that failed reaches `failureRate`, it opens:
 * requests throw `CircuitOpenError` without reaching the network. After `cooldown` one trial
 * request goes through; if it succeeds the circuit closes, otherwise it opens again.
 *
 * A failure is one the API's health is to blame for: a 5xx status, a timeout, a connection
 * error. Each retry of a call counts as a request. One breaker may be shared by several clients.
 *
 * ```ts
 * const client = new MiniMax({ circuitBreaker: new CircuitBreaker({ cooldown: 30_000 }) });
 * ```
 */
export class CircuitBreaker {
  readonly failureRate: number;
  readonly window: number;
  readonly minimumCalls: number;
  readonly cooldown: number;
  #clock: () => number;
  #outcomes: boolean[] = []; // true for a failure, oldest first
  #openedAt: number | undefined;
  #trialRunning = false;

  constructor(options: CircuitBreakerOptions = {}) {
    const {
      failureRate = 0.5,
      window = 20,
      minimumCalls = 10,
      cooldown = 30_000,
      clock = () => Date.now(),
    } = options;
    if (!(failureRate > 0 && failureRate <= 1))
      throw new RangeError('failureRate must be in (0, 1]');
    if (!(minimumCalls >= 1 && minimumCalls <= window)) {
      throw new RangeError('minimumCalls must be between 1 and window');
    }
    this.failureRate = failureRate;
    this.window = window;
    this.minimumCalls = minimumCalls;
    this.cooldown = cooldown;
    this.#clock = clock;
  }

  get state(): CircuitState {
    if (this.#openedAt === undefined) return 'closed';
    const cooled = this.#clock() - this.#openedAt >= this.cooldown;
    return cooled && !this.#trialRunning ? 'half-open' : 'open';
  }

  /**
   * Called by the client before each request: throws `CircuitOpenError` unless the request may
   * go out, and returns true when it is the trial request.
   */
  beforeRequest(): boolean {
    if (this.#openedAt === undefined) return false;
    const waited = this.#clock() - this.#openedAt;
    if (waited < this.cooldown || this.#trialRunning) {
      throw new CircuitOpenError(Math.max(this.cooldown - waited, 0) / 1000);
    }
    this.#trialRunning = true;
    return true;
  }

  /** Called by the client with the outcome of a request that `beforeRequest` let through. */
  record(failed: boolean, trial: boolean): void {
    if (trial) {
      this.#trialRunning = false;
      this.#openedAt = failed ? this.#clock() : undefined;
      this.#outcomes = [];
    } else if (this.#openedAt === undefined) {
      // (Once open, the outcomes of requests that started before are not counted.)
      this.#outcomes.push(failed);
      if (this.#outcomes.length > this.window) this.#outcomes.shift();
      const failures = this.#outcomes.filter(Boolean).length;
      const calls = this.#outcomes.length;
      if (calls >= this.minimumCalls && failures / calls >= this.failureRate) {
        this.#openedAt = this.#clock();
      }
    }
  }
}
