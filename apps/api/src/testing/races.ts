import { serverUrl } from './test-database';

/** True when the tests run on a PostgreSQL server, where parallel requests really overlap. */
export const ON_SERVER = Boolean(serverUrl());

/**
 * Rounds per race test. On the server (CI) every round is a real race; the embedded database
 * runs one statement at a time, so there a few rounds check the same invariants without the race.
 */
export const RACE_ROUNDS = ON_SERVER ? 25 : 5;

/** A describe block for race tests that says in its name where the races ran. */
export function describeRaces(name: string, body: () => void): void {
  describe(
    `${name} (${ON_SERVER ? 'PostgreSQL server: parallel' : 'embedded PGlite: serialised, races hidden'})`,
    body,
  );
}
