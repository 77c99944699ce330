// Builds the page of `dyad serve` into the folder named by the first argument (default: dist):
// app.js and app.css bundled by esbuild from src/app.js with vis-timeline and Chart.js, plus index.html.
// Run by the Maven build (dyad-serve/pom.xml) after `npm ci`; never downloads anything itself.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = path.resolve(process.argv[2] || 'dist');
await mkdir(out, { recursive: true });
await esbuild.build({
  entryPoints: ['src/app.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  legalComments: 'eof',
  logLevel: 'warning',
});
await copyFile('src/index.html', path.join(out, 'index.html'));
await copyFile('src/favicon.svg', path.join(out, 'favicon.svg'));
