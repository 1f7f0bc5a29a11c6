// The dev server's error overlay (only `serve` injects it; built sites never hold it). It asks
// the server what is wrong with the site it serves and shows it over the page. The page reloads
// after every rebuild, so a clean rebuild is a page without the overlay. Everything shown is
// document text (file names, messages), so it is only ever set as text, never parsed as HTML.
import { problemsUrl, type Problems, type ProblemsAnswer } from '../common/problems.ts';

function heading(problems: Problems): string {
  if (problems.failure) return 'plan-archive: the last rebuild failed';
  const n = problems.errorCount;
  return `plan-archive: ${n} document${n === 1 ? ' is' : 's are'} not on the site`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  style: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  node.setAttribute('style', style);
  return node;
}

function show(problems: Problems): void {
  const signature = JSON.stringify(problems);
  if (sessionStorage.getItem('plan-archive-overlay-closed') === signature) return;
  const lines = [...(problems.failure ? [problems.failure] : []), ...problems.errors];
  console.error(`[plan-archive] ${heading(problems)}\n${lines.join('\n')}`);

  const host = document.createElement('div');
  host.id = 'plan-archive-overlay';
  // A shadow root keeps the site's styles off the overlay and the overlay's off the site.
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', heading(problems));
  box.setAttribute(
    'style',
    'position:fixed;top:1rem;left:1rem;right:1rem;max-height:calc(100vh - 2rem);z-index:2147483647;' +
      'overflow:auto;padding:1rem 1.25rem;' +
      'background:#fff;color:#1a1a1a;border:4px solid #b00020;border-radius:6px;' +
      'font:16px/1.5 system-ui,sans-serif;box-shadow:0 0 0 100vmax rgba(0,0,0,.5)',
  );
  box.append(element('h2', heading(problems), 'margin:0 0 .75rem;font-size:1.25rem;color:#b00020'));
  box.append(
    element(
      'pre',
      lines.join('\n'),
      'white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;margin:0',
    ),
  );
  const more = problems.errorCount - problems.errors.length;
  if (more > 0)
    box.append(element('p', `…and ${more} more; plan-archive check lists every one.`, ''));
  box.append(
    element(
      'p',
      'Fix it and save: this page reloads when the site has been rebuilt.',
      'color:#555',
    ),
  );
  const close = element('button', 'Close', 'font:inherit;padding:.25rem 1rem;cursor:pointer');
  close.type = 'button';
  close.addEventListener('click', () => {
    sessionStorage.setItem('plan-archive-overlay-closed', signature);
    host.remove();
  });
  box.append(close);
  root.append(box);
  document.body.append(host);
  close.focus();
}

/** The reloads the server had sent when it served this page (dev-server.ts puts it in our URL). */
const servedAfter = Number(new URL(import.meta.url).searchParams.get('reloads') ?? 0);

async function check(): Promise<void> {
  const response = await fetch(problemsUrl, { cache: 'no-store' });
  if (!response.ok) return;
  const { reloads, ...problems } = (await response.json()) as ProblemsAnswer;
  // A rebuild finished while this page loaded, before any socket of it was open to hear so.
  if (reloads > servedAfter) return location.reload();
  if (problems.failure || problems.errorCount > 0) show(problems);
}

// The dev server's reload client opens its own socket; a reload sent before that is lost. This
// socket is open before the page asks what it missed, so every later reload reaches it.
// Without a socket (refused, say) the page still asks once.
const socket = new WebSocket(location.origin.replace(/^http/, 'ws'));
let asked = false;
const askOnce = (): void => {
  if (!asked) void check();
  asked = true;
};
socket.addEventListener('open', askOnce);
socket.addEventListener('error', askOnce);
socket.addEventListener('message', (event: MessageEvent<string>) => {
  if ((JSON.parse(event.data) as { type?: string }).type === 'eleventy.reload') location.reload();
});
