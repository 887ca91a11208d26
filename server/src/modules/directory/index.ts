export { cachedUnitOrThrow, getUnitOrThrow } from "./internal";
export { predecessorsInto, type ReportingUnit, reportingUnits } from "./reporting-units";
export { resolveSuccessors } from "./resolve-successors";
