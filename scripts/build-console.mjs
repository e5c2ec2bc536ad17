#!/usr/bin/env node
// Bundles the web console (console/) into dist/console: hashed, immutable assets and an index.html that
// names them. Runs as the last step of `npm run build`, so `npm start` serves a fresh console with no CDN.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/console');
const assets = path.join(outdir, 'assets');

await mkdir(assets, { recursive: true });
const result = await build({
  entryPoints: { app: path.join(root, 'console/src/main.tsx') },
  bundle: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  sourcemap: true,
  outdir: assets,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
});

const outputs = Object.keys(result.metafile.outputs).map((file) => path.relative(outdir, path.resolve(root, file)));
const js = outputs.find((f) => f.endsWith('.js'));
const css = outputs.find((f) => f.endsWith('.css'));
if (!js || !css) throw new Error(`console build produced no ${js ? 'CSS' : 'JavaScript'} bundle`);

const template = await readFile(path.join(root, 'console/index.html'), 'utf8');
const html = template.replace('%APP_CSS%', `/${css}`).replace('%APP_JS%', `/${js}`);
await writeFile(path.join(outdir, 'index.html'), html);
console.log(`console: ${js}, ${css}`);
