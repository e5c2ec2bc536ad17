import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The matching engine and the planners are plain TypeScript: they run in worker threads, benchmarks and
 * tests without Nest, TypeORM, BullMQ or Redis. This is the boundary check CI runs (a lint rule would need
 * a linter the project does not otherwise use).
 */
const PURE_FOLDERS = ['matching', 'planning', 'domain'];
const FORBIDDEN = /from\s+['"](@nestjs\/[^'"]*|typeorm|bullmq|ioredis|pg|express)['"]|require\(\s*['"](@nestjs\/|typeorm|bullmq|ioredis)/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('keeps framework imports out of the engine and planners', () => {
    const offenders = PURE_FOLDERS.flatMap((folder) => sourceFiles(path.join(__dirname, folder)))
      .filter((file) => FORBIDDEN.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(__dirname, file));
    expect(offenders).toEqual([]);
  });

  it('detects a forbidden import (the check can fail)', () => {
    expect(FORBIDDEN.test("import { Injectable } from '@nestjs/common';")).toBe(true);
    expect(FORBIDDEN.test("import { Queue } from 'bullmq';")).toBe(true);
    expect(FORBIDDEN.test("import { tokenise } from './text/analyser';")).toBe(false);
  });
});
