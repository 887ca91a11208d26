import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
      "/health": { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Ant Design's shared core is one ~400 kB (raw) chunk by design; pages stay small and lazy.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // Ant Design's @rc-component/* packages declare no "sideEffects" and do nothing on import, but their
        // index files assign statics (Form.List = List…): without this, the whole form engine and its
        // validator ride along with any component that reads a form context, the public home's included
        // (issue #7, docs/benchmarks.md). Other packages keep their own package.json declaration.
        moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
    },
  },
});
