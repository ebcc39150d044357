import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev` proxies the API of `npm run dev:api` (or any Kompas at KOMPAS_API_URL).
const apiUrl = process.env['KOMPAS_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: false,
    // The first load is ~735 KB of scripts (~230 KB gzip, the router included; the trail, users and administration pages
    // load when opened); its size is watched by `npm run bench` against a 300 KB gzip goal.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // libs/domain is pure (no module does anything when loaded), so what the app does not use of it is left out —
      // among it the plan document's schema and with it zod (about 55 KB gzip), which only the API runs.
      treeshake: { moduleSideEffects: (id: string) => (id.includes('/libs/domain/src/') ? false : undefined) },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: apiUrl, changeOrigin: false } },
  },
});
