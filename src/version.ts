declare const __POLICY_LINT_VERSION__: string;
/** The package version, set by the build; "0.0.0-dev" when run from source. */
export const VERSION = typeof __POLICY_LINT_VERSION__ === "string" ? __POLICY_LINT_VERSION__ : "0.0.0-dev";
