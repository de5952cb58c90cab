// Vite plugin: after the build, writes a brotli (.br) and a gzip (.gz) copy next to every text asset,
// so the server sends them compressed without compressing on each request (server/http/web-assets.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mamori-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const data = fs.readFileSync(file);
        const brotli = zlib.brotliCompressSync(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        });
        const gzip = zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION });
        // a compressed copy larger than the file (a tiny svg) would only cost the reader
        if (brotli.length < data.length) fs.writeFileSync(`${file}.br`, brotli);
        if (gzip.length < data.length) fs.writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}
