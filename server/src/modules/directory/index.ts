export { getUnitOrThrow } from "./internal";
export { resolveSuccessors } from "./resolve-successors";
