export type * from "./types.js";
export { RETENTION_PERIODS } from "./retention-periods.js";
export { LAW_NAMES, LAW_BY_NAME } from "./law-names.js";
export { REDRESS_AGENCIES } from "./redress-agencies.js";
export { DELETED_PROVISIONS, ABOLISHED_DUTIES } from "./outdated-provisions.js";
export { LEGACY_TERMS } from "./legacy-terms.js";
export { FOREIGN_PROCESSORS } from "./foreign-processors.js";
