// Contracts of the transparency module (filled by the module).
export {};
