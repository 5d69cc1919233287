/** What PostgreSQL (server or PGlite) says about a failed statement, through TypeORM's QueryFailedError. */
interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
}

const driverError = (error: unknown): DriverError | undefined =>
  (error as { driverError?: DriverError } | null)?.driverError;

/**
 * True when a statement broke a unique index (SQLSTATE 23505); with `index`, only that one. Used
 * where a racing request must get the same clear answer as the check that it raced past.
 */
export function isUniqueViolation(error: unknown, index?: string): boolean {
  const driver = driverError(error);
  if (driver?.code !== '23505') return false;
  return !index || driver.constraint === index || Boolean(driver.message?.includes(`"${index}"`));
}
