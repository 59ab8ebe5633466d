/**
 * Where the project lives. Every link policy-lint prints (a finding's docs page, SARIF helpUri and
 * informationUri, `explain`) derives from this one constant; package.json's repository, homepage
 * and bugs name the same repository (test/cli/project.test.ts holds them together).
 */
export const REPOSITORY_URL = "https://github.com/policy-lint/policy-lint";

/** A rule's documentation page in the repository. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
