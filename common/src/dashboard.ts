// Contracts of the dashboard module (filled by the module).
export {};
