// The dev server as a user and an attacker meet it: hostile URLs get a 400 and the server lives
// on, nothing outside the output folder is ever served, and it listens on this machine only
// unless --host says otherwise.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { get, goodPlan, startServe, type Served } from './serve-process.ts';

const passwd = readFileSync('/etc/passwd', 'utf8');
const secret = 'a file beside the output folder that must never be served';

/** An address of this machine that other machines can reach, if it has one. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
if (!external)
  console.warn(
    'Skipping the network reachability tests: this machine has no non-loopback IPv4 address.',
  );

const hostile = [
  { name: 'a lone %', path: '/%' },
  { name: 'an escaped ../ to /etc/passwd', path: '/..%2f..%2fetc%2fpasswd' },
  {
    name: 'an escaped ../ to a sibling named like the output',
    path: '/..%2fsite-secret%2fsecret.txt',
  },
  { name: 'escaped dots', path: '/%2e%2e/%2e%2e/etc/passwd' },
  { name: 'escaped backslashes', path: '/..%5c..%5cetc%5cpasswd' },
  { name: 'a NUL byte', path: '/%00' },
  { name: 'a bare ..', path: '/..' },
  { name: 'an invalid UTF-8 escape', path: '/%c0%ae%c0%ae/etc/passwd' },
  { name: 'a 10 kB path', path: `/${'a'.repeat(10_000)}` },
];

describe('serve on its default host', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServe({ 'rain.md': goodPlan });
    const root = join(served.input, '..');
    await mkdir(join(root, 'site-secret'));
    await writeFile(join(root, 'site-secret', 'secret.txt'), secret);
  });
  afterAll(() => served?.stop());

  test('prints the loopback URL it serves', () => {
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/`);
  });

  test.for(hostile)('answers $name with a 400 and still serves the home page', async ({ path }) => {
    const answer = await get(served.port, path);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain(passwd.slice(0, 20));
    expect(answer.body).not.toContain(secret);
    const home = await get(served.port, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Rain gardens for Nairobi');
  });

  test('never logs an error thrown by the dev server', () => {
    expect(served.log()).not.toMatch(/URIError|Invalid path|at .*server\.js/);
  });

  test('refuses a Host header that is not this machine, as DNS rebinding sends', async () => {
    const answer = await get(served.port, '/', '127.0.0.1', { host: 'attacker.example' });
    expect(answer.status).toBe(403);
  });

  test.skipIf(!external)('cannot be reached on a network address of the machine', async () => {
    await expect(get(served.port, '/', external)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe.skipIf(!external)('serve --host 0.0.0.0', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServe({ 'rain.md': goodPlan }, ['--host', '0.0.0.0']);
  });
  afterAll(() => served?.stop());

  test('can be reached on a network address of the machine', async () => {
    const answer = await get(served.port, '/', external);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Rain gardens for Nairobi');
  });

  test('prints the network URLs it serves', async () => {
    await served.waitFor(new RegExp(`http://${external?.replaceAll('.', '\\.')}:${served.port}/`));
  });
});
