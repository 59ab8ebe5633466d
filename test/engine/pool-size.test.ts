import { describe, expect, it } from "vitest";
import { POOL_MIN_FILES, workerCount } from "../../src/engine/pool-size.js";

describe("worker threads for a batch", () => {
  const cases: [files: number, concurrency: Parameters<typeof workerCount>[1], cores: number, workers: number][] = [
    [400, "auto", 2, 0],
    [400, "auto", 3, 0],
    [400, "auto", 4, 2],
    [400, "auto", 16, 8],
    [POOL_MIN_FILES - 1, "auto", 16, 0],
    [POOL_MIN_FILES, "auto", 16, 8],
    [400, "off", 16, 0],
    [400, 1, 16, 0],
    [400, 2, 2, 2],
    [400, 6, 2, 6],
    [3, 6, 16, 3],
    [1, 4, 16, 0],
  ];
  for (const [files, concurrency, cores, workers] of cases) {
    it(`${files} files, --concurrency ${concurrency}, ${cores} cores → ${workers || "the main thread alone"}`, () => {
      expect(workerCount(files, concurrency, cores)).toBe(workers);
    });
  }
});
