// The pages a rebuild shows first are those browsers opened last (src/serve/dev-server.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DevServer } from '../../src/serve/dev-server.ts';
import { get } from './serve-process.ts';

let root: string;
let server: DevServer;
let port: number;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-archive-recent-'));
  for (const page of ['', 'plans/a/', 'plans/b/', 'countries/kenya/']) {
    await mkdir(join(root, page), { recursive: true });
    await writeFile(
      join(root, page, 'index.html'),
      `<html><head></head><body>${page}</body></html>`,
    );
  }
  await writeFile(join(root, 'styles.css'), 'body {}');
  server = new DevServer(root, {
    host: '127.0.0.1',
    pathPrefix: '/archive/',
    problems: () => ({ errors: [], errorCount: 0, failure: null }),
    overlayScript: '',
  });
  server.serve(0);
  await server.ready();
  port = (server.server.address() as AddressInfo).port;
});

afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

test('recentPages lists the pages opened, the latest first, without the prefix', async () => {
  for (const path of ['/archive/plans/a/', '/archive/', '/archive/plans/b/?q=water'])
    await get(port, path);
  expect(server.recentPages()).toEqual(['/plans/b/', '/', '/plans/a/']);
});

test('recentPages leaves out files that are not pages', async () => {
  await get(port, '/archive/styles.css');
  expect(server.recentPages()).toEqual([]);
});

test('recentPages lists a page opened again once, as the latest', async () => {
  for (const path of ['/archive/plans/a/', '/archive/countries/kenya/', '/archive/plans/a/'])
    await get(port, path);
  expect(server.recentPages()).toEqual(['/plans/a/', '/countries/kenya/']);
});
