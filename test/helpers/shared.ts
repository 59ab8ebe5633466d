/**
 * The shared evaluation material (`../shared` beside the checkout) is not part of the repository.
 * Tests that read it skip, with the reason in the test name, when a clone stands anywhere else.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHARED_URL = new URL("../../../shared/", import.meta.url);
export const CORPUS_URL = new URL("corpus/", SHARED_URL);
export const SHARED_DIR = fileURLToPath(SHARED_URL);
export const CORPUS_DIR = fileURLToPath(CORPUS_URL);
export const hasCorpus = existsSync(new URL("labels.json", CORPUS_URL));

/** Appended to a describe/it title so that a skipped run says why it skipped. */
export const CORPUS_NOTE = hasCorpus ? "" : " (skipped: ../shared/corpus is not beside this checkout)";

export const corpusUrl = (name: string): URL => new URL(name, CORPUS_URL);
