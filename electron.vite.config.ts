import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // The Electron shell, and the plain-Node browser-mode host (never imports electron).
          index: resolve(__dirname, 'main/index.ts'),
          web: resolve(__dirname, 'main/web.ts'),
          // .docx files are rendered on a worker thread (main/documents/docxThread.ts), from this entry.
          docxWorker: resolve(__dirname, 'main/documents/docxWorker.ts'),
          // The status report's PDF and workbook are rendered on a worker thread (main/statusReport/reportThread.ts).
          reportWorker: resolve(__dirname, 'main/statusReport/reportWorker.ts'),
        },
        // The document and mail libraries (pdfkit, fontkit, exceljs, docx, nodemailer, mailparser, Papa Parse,
        // iconv-lite) are import()ed where first used, not at start (issue 17). In this CommonJS output such an
        // import() stays a require(): the same build of the package as before, through Electron's asar-aware require.
        output: { dynamicImportInCjs: false },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but electron: bundle the contract (and zod) into it.
    build: {
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
});
