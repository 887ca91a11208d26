/** The one-stop shop's contracts, by subject; `@danvan/common` re-exports them all from here. */
export * from "./one-stop-catalogue";
export * from "./one-stop-dossier-inputs";
export * from "./one-stop-import";
export * from "./one-stop-indicators";
export * from "./one-stop-outputs";
export * from "./one-stop-public";
export * from "./one-stop-states";
