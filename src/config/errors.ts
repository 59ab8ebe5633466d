/** A problem the user must fix in how policy-lint was called or configured: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export class ConfigError extends UsageError {
  override name = "ConfigError";
}
