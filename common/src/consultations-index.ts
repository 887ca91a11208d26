export * from "./consultations";
export * from "./consultations-messages";
export * from "./consultations-outputs";
export * from "./consultations-results";
