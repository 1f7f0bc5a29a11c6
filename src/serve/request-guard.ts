// What a request must look like before the dev server sees it. @11ty/eleventy-dev-server 2.1.2
// throws on a malformed escape (`/%`) or an escaped `..` (`/..%2f..%2fetc%2fpasswd`), and the
// throw ends the process; its containment check is a bare prefix test, so `/..%2f_site-x/` reaches
// a sibling folder named like the output. Browsers never send dot segments (they resolve them),
// so any request holding one, escaped or not, is refused instead of resolved.

export interface Refusal {
  status: 400 | 403;
  message: string;
}

/** Longer request targets are refused; the site's own URLs stay far below it. */
export const maxUrlLength = 2048;

const loopbackNames = /^(?:localhost|[a-z0-9-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Whether `host` (a --host value) only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return loopbackNames.test(host.toLowerCase()) || host === '::1';
}

/** The host name of a Host header, without its port. */
function hostName(header: string): string {
  const name = header.startsWith('[')
    ? header.slice(0, header.indexOf(']') + 1)
    : header.split(':')[0];
  return (name ?? '').toLowerCase();
}

/**
 * Null when the request may go on to the dev server, else the answer to give. `loopbackOnly`
 * also refuses Host headers that are not this machine's names, so a web page cannot reach the
 * server through DNS rebinding.
 */
export function guardRequest(
  url: string | undefined,
  hostHeader: string | undefined,
  loopbackOnly: boolean,
): Refusal | null {
  if (loopbackOnly && hostHeader !== undefined && !loopbackNames.test(hostName(hostHeader)))
    return {
      status: 403,
      message: `Host "${hostHeader}" is not this machine; open the URL serve printed.`,
    };
  if (!url || !url.startsWith('/')) return { status: 400, message: 'The URL must be a path.' };
  if (url.length > maxUrlLength)
    return { status: 400, message: `The URL is longer than ${maxUrlLength} characters.` };
  const rawPath = url.split(/[?#]/, 1)[0] as string;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: 'The URL holds a malformed %-escape.' };
  }
  if (path.includes('\0')) return { status: 400, message: 'The URL holds a NUL byte.' };
  if (path.includes('\\') || path.split('/').some((segment) => segment === '.' || segment === '..'))
    return { status: 400, message: 'The URL leaves the site folder.' };
  return null;
}
