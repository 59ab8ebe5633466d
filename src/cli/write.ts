/**
 * Writes a fixed file atomically: a temp file in the same directory, same mode, then rename.
 * If anything fails the original is untouched and the temp file is removed.
 */
import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  const { mode } = await stat(path);
  const temp = join(dirname(path), `.policy-lint-tmp-${process.pid}-${randomBytes(4).toString("hex")}-${basename(path)}`);
  try {
    const handle = await open(temp, "wx", mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
