export { getUnitOrThrow } from "./internal";
export { type ReportingUnit, reportingUnits } from "./reporting-units";
export { resolveSuccessors } from "./resolve-successors";
