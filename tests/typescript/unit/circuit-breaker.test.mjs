// The circuit breaker on its own (with an injected clock), and inside the client.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { client, failure, ok, sdk, sequence } from './support.mjs';

const { CircuitBreaker, CircuitOpenError } = sdk;

function breaker(options = {}) {
  const clock = { now: 0 };
  const made = new CircuitBreaker({
    minimumCalls: 4,
    window: 4,
    cooldown: 1000,
    clock: () => clock.now,
    ...options,
  });
  return { made, clock };
}

function outcomes(circuit, ...failed) {
  for (const failure of failed) circuit.record(failure, circuit.beforeRequest());
}

test('it stays closed until enough calls are seen, then opens at the failure rate', () => {
  const { made } = breaker();
  outcomes(made, true, true, true);
  assert.equal(made.state, 'closed', 'three calls are fewer than minimumCalls');
  outcomes(made, false);
  assert.equal(made.state, 'open', 'three failures in four reach a rate of 0.5');
  assert.throws(() => made.beforeRequest(), CircuitOpenError);
});

test('it judges only the latest `window` calls', () => {
  const { made } = breaker({ failureRate: 0.75 });
  outcomes(made, true, true, false, false, false, true, true);
  assert.equal(made.state, 'closed', 'the latest four hold two failures');
  outcomes(made, true);
  assert.equal(made.state, 'open', 'the latest four hold three failures');
});

test('after the cooldown one trial call goes through; success closes the circuit', () => {
  const { made, clock } = breaker();
  outcomes(made, true, true, true, true);
  clock.now = 400;
  assert.throws(
    () => made.beforeRequest(),
    (error) => {
      assert.ok(error instanceof CircuitOpenError);
      assert.equal(error.retryAfter, 0.6);
      return true;
    },
  );
  clock.now = 1000;
  assert.equal(made.state, 'half-open');
  assert.equal(made.beforeRequest(), true, 'the trial');
  assert.equal(made.state, 'open');
  assert.throws(() => made.beforeRequest(), CircuitOpenError, 'one trial at a time');
  made.record(false, true);
  assert.equal(made.state, 'closed');
  assert.equal(made.beforeRequest(), false);
});

test('a failed trial opens the circuit for another cooldown', () => {
  const { made, clock } = breaker();
  outcomes(made, true, true, true, true);
  clock.now = 1000;
  made.record(true, made.beforeRequest());
  assert.equal(made.state, 'open');
  clock.now = 1999;
  assert.equal(made.state, 'open');
  clock.now = 2000;
  assert.equal(made.state, 'half-open');
});

test('the settings are checked', () => {
  assert.throws(() => new CircuitBreaker({ failureRate: 0 }), RangeError);
  assert.throws(() => new CircuitBreaker({ failureRate: 1.5 }), RangeError);
  assert.throws(() => new CircuitBreaker({ minimumCalls: 30, window: 20 }), RangeError);
});

test('in the client, 5xx answers open it and then calls fail without a request', async () => {
  const { made, clock } = breaker();
  const fetch = sequence(() => failure(500, 'server_error'));
  const minimax = client(fetch, { circuitBreaker: made, maxRetries: 0 });
  for (let i = 0; i < 4; i += 1)
    await assert.rejects(minimax.models.list(), sdk.InternalServerError);
  await assert.rejects(minimax.models.list(), CircuitOpenError);
  assert.equal(fetch.calls.length, 4);
  clock.now = 1000;
  const healthy = client(
    sequence(() => ok([])),
    { circuitBreaker: made },
  );
  await healthy.models.list();
  assert.equal(made.state, 'closed', 'a breaker may be shared; the trial succeeded');
});

test('in the client, 4xx answers do not count as failures', async () => {
  const { made } = breaker();
  const minimax = client(
    sequence(() => failure(404, 'not_found')),
    { circuitBreaker: made },
  );
  for (let i = 0; i < 6; i += 1)
    await assert.rejects(minimax.models.retrieve('x'), sdk.NotFoundError);
  assert.equal(made.state, 'closed');
});
