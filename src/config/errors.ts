/** A problem the user must fix in how policy-lint was called or configured: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export class ConfigError extends UsageError {
  override name = "ConfigError";
}

/**
 * By name, not instanceof: modules loaded from a separately built file (init, explain) carry
 * their own copy of these classes.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && (error.name === "UsageError" || error.name === "ConfigError");
}
