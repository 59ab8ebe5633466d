/**
 * Reads earlier versions of a policy from git, for `--base <ref>`: the commit a ref names and a
 * file's bytes at that commit. Every way this can fail before linting (no git, not a repository,
 * an unknown ref, a ref a shallow clone lacks) is a UsageError with one line that says what to do.
 */
import { execFile } from "node:child_process";
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../config/errors.js";

interface GitRun {
  status: number;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitRun> {
  return new Promise((done, fail) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer: 1 << 28, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === "ENOENT") return fail(new UsageError("--base needs git, and git was not found on PATH"));
      if (error && typeof code !== "number") return fail(new UsageError(`git could not be run (${String(code ?? error.message).split("\n")[0]})`));
      done({ status: typeof code === "number" ? code : 0, stdout, stderr: stderr.toString("utf8") });
    });
  });
}

/** The version to compare with: the commit, or null when the ref is the unborn HEAD of a new repository (every file is new). */
export interface BaseVersion {
  ref: string;
  commit: string | null;
}

export async function resolveBase(cwd: string, ref: string): Promise<BaseVersion> {
  if (!ref.trim() || ref.startsWith("-")) throw new UsageError(`--base "${ref}" is not a git revision`);
  const inside = await git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.status !== 0) throw new UsageError(`--base ${ref}: ${cwd} is not inside a git repository`);
  const found = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (found.status === 0) return { ref, commit: found.stdout.toString("utf8").trim() };
  if (ref === "HEAD" && (await git(cwd, ["symbolic-ref", "--quiet", "HEAD"])).status === 0 && (await git(cwd, ["rev-list", "-n", "1", "--all"])).stdout.length === 0) {
    return { ref, commit: null };
  }
  const shallow = await git(cwd, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.toString("utf8").trim() === "true") {
    throw new UsageError(`--base ${ref}: not in this shallow clone; fetch it first (git fetch --depth=1 origin ${ref}, or actions/checkout with fetch-depth: 0)`);
  }
  throw new UsageError(`--base ${ref}: unknown revision (not a branch, tag or commit of this repository)`);
}

/** The file's bytes at the base commit, or null when it did not exist there (a new file is not a change). */
export async function readAtBase(cwd: string, base: BaseVersion, file: string): Promise<Buffer | null> {
  if (base.commit === null) return null;
  // "<commit>:./path" and "<commit>:../path" are read relative to the directory git runs in; it runs
  // in cwd, like every git command here, so that variables a git hook exports still apply.
  const rel = relative(cwd, resolve(cwd, file)).split(sep).join("/");
  const run = await git(cwd, ["cat-file", "blob", `${base.commit}:${rel.startsWith("../") ? rel : `./${rel}`}`]);
  if (run.status === 0) return run.stdout;
  if (/does not exist|exists on disk, but not in|outside repository|not a valid object name|not a git repository/i.test(run.stderr)) return null;
  throw new UsageError(`${file}: its version at ${base.ref} cannot be read (${run.stderr.trim().split("\n")[0]})`);
}
