import react from '@vitejs/plugin-react';
import fileRouter from '@vaadin/hilla-file-router/vite-plugin.js';
import { defineConfig } from 'vitest/config';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig(({ command }) => ({
  plugins: [
    // Absolute dirs: relative ones resolve against the Vite root in ways that differ between dev and build.
    fileRouter({
      viewsDir: new URL('./src/views/', import.meta.url),
      generatedDir: new URL('./src/generated/', import.meta.url),
      isDevMode: command === 'serve',
    }),
    react(),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: true },
      '/config.json': { target: backend, changeOrigin: true },
      // Uploads and single-use download links (exports).
      '/api': { target: backend, changeOrigin: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: true },
      '/config.json': { target: backend, changeOrigin: true },
      // Uploads and single-use download links (exports).
      '/api': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Hilla's packages use extensionless ESM imports that only a bundler resolves; let Vite transform them.
    server: { deps: { inline: [/@vaadin\//] } },
  },
}));
