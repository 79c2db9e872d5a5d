import { defineConfig } from 'vite';

// The build lands in the jar's static resources, so Spring Boot serves it from the same origin as
// the API and the SPARQL endpoint; the dev server forwards those paths to a running service.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // YASGUI bundles an old JSON parser that falls back to eval; that code is not ours to change.
      onwarn(warning, warn) {
        if (warning.code === 'EVAL' && /@zazuko/.test(warning.id || warning.loc?.file || '')) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/sparql': 'http://localhost:8080',
      '/data': 'http://localhost:8080',
    },
  },
});
