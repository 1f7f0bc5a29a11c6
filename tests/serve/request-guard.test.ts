// Which requests reach the dev server: the site's own URLs do, malformed or traversing ones and
// other hosts' names (DNS rebinding) do not.
import { describe, expect, test } from 'vitest';
import { guardRequest, isLoopback, maxUrlLength } from '../../src/serve/request-guard.ts';

const pass = (url: string): ReturnType<typeof guardRequest> =>
  guardRequest(url, '127.0.0.1:8080', true);

describe('guardRequest', () => {
  test.for([
    '/',
    '/plans/rain-gardens/',
    '/plans/rain-gardens/source.md',
    '/countries/c%C3%B4te-d-ivoire/',
    '/search/?q=%25&type=solution',
    '/.11ty/reload-client.js',
    '/archive/data/plans.json',
  ])('lets the site URL %s through', (url) => {
    expect(pass(url)).toBeNull();
  });

  test.for([
    ['/%', 'malformed'],
    ['/%zz', 'malformed'],
    ['/%c0%ae%c0%ae/', 'malformed'],
    ['/%00', 'NUL'],
    ['/..', 'leaves'],
    ['/a/../../etc/passwd', 'leaves'],
    ['/..%2f..%2fetc%2fpasswd', 'leaves'],
    ['/%2e%2e/%2E%2E/etc/passwd', 'leaves'],
    ['/.%2e/', 'leaves'],
    ['/./', 'leaves'],
    ['/..\\..\\etc\\passwd', 'leaves'],
    ['/..%5cetc%5cpasswd', 'leaves'],
    ['*', 'path'],
    ['http://127.0.0.1/../etc/passwd', 'path'],
  ])('refuses %s with a 400', ([url, reason]) => {
    const refusal = pass(url as string);
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain(reason);
  });

  test('refuses a URL longer than the limit and accepts one at the limit', () => {
    expect(pass(`/${'a'.repeat(maxUrlLength)}`)?.status).toBe(400);
    expect(pass(`/${'a'.repeat(maxUrlLength - 1)}`)).toBeNull();
  });

  test('checks only the path, so a query may hold any escape', () => {
    expect(pass('/search/?q=..%2f%00%')).toBeNull();
  });

  test.for(['localhost:8080', '127.0.0.1', '127.1.2.3:80', '[::1]:8080', 'docs.localhost:8080'])(
    'accepts the loopback Host %s',
    (host) => {
      expect(guardRequest('/', host, true)).toBeNull();
    },
  );

  test.for([
    'attacker.example',
    'attacker.example:8080',
    '192.0.2.7:8080',
    'localhost.attacker.example',
  ])('refuses the Host %s with a 403 when serving this machine only', (host) => {
    expect(guardRequest('/', host, true)?.status).toBe(403);
  });

  test('accepts any Host when serving the network', () => {
    expect(guardRequest('/', 'archive.lan:8080', false)).toBeNull();
  });
});

describe('isLoopback', () => {
  test.for(['127.0.0.1', 'localhost', '::1', '[::1]'])('counts %s as this machine only', (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  test.for(['0.0.0.0', '::', '192.0.2.7', 'archive.lan'])(
    'counts %s as reachable by others',
    (host) => {
      expect(isLoopback(host)).toBe(false);
    },
  );
});
