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
    // The first load is ~810 KB of scripts (~250 KB gzip, the router included; the trail, users and administration pages
    // load when opened); its size is watched by `npm run bench` against a 300 KB gzip goal.
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: apiUrl, changeOrigin: false } },
  },
});
