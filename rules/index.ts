/** The built-in rules, in the order of the spec's element matrix (pipa.md §1.4). */
import type { Rule } from "../src/rule-api.js";
import title from "./title.js";
import purpose from "./purpose.js";
import items from "./items.js";
import retention from "./retention.js";
import destruction from "./destruction.js";
import thirdParty from "./third-party.js";
import consignment from "./consignment.js";
import overseasTransfer from "./overseas-transfer.js";
import safetyMeasures from "./safety-measures.js";
import autoCollection from "./auto-collection.js";
import rights from "./rights.js";
import privacyOfficer from "./privacy-officer.js";
import redress from "./redress.js";
import changes from "./changes.js";
import sensitiveInfo from "./sensitive-info.js";
import pseudonymous from "./pseudonymous.js";
import automatedDecision from "./automated-decision.js";
import children from "./children.js";
import domesticAgent from "./domestic-agent.js";
import cctv from "./cctv.js";
import outdatedLaw from "./outdated-law.js";
import lawName from "./law-name.js";
import legacyTerms from "./legacy-terms.js";
import tocMismatch from "./toc-mismatch.js";
import placeholder from "./placeholder.js";

export const builtInRules: readonly Rule[] = [
  title,
  purpose,
  items,
  retention,
  destruction,
  thirdParty,
  consignment,
  overseasTransfer,
  safetyMeasures,
  autoCollection,
  rights,
  privacyOfficer,
  redress,
  changes,
  sensitiveInfo,
  pseudonymous,
  automatedDecision,
  children,
  domesticAgent,
  cctv,
  outdatedLaw,
  lawName,
  legacyTerms,
  tocMismatch,
  placeholder,
];
