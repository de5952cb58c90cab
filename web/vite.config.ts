// Vite build of the web UI: sources in web/, output in dist/web (served by the Mamori server).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../scripts/vite-precompress.ts';

const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: `${webRoot}../dist/web`,
    emptyOutDir: true,
    // The server's CSP forbids inline scripts and styles: keep every asset a separate file.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
