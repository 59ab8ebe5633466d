/**
 * Writes a fixed file atomically: a temp file in the same directory, same mode, then rename.
 * If anything fails the original is untouched and the temp file is removed. A process killed
 * between open and rename can leave a `.policy-lint-tmp-*.tmp` file behind, never a partial
 * target; the `.tmp` ending keeps such leftovers out of later directory walks.
 */
import { open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  // Through a symlink, replace the file it points to, not the link itself.
  const target = await realpath(path);
  const { mode } = await stat(target);
  // Random enough to avoid a clash between concurrent runs; "wx" makes a clash fail, not overwrite.
  // (node:crypto would cost every CLI start-up ~8 ms for this one name.)
  const temp = join(dirname(target), `.policy-lint-tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}-${basename(target)}.tmp`);
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      // The mode given to open is cut by the umask; chmod sets the original's exactly.
      await handle.chmod(mode & 0o7777);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
