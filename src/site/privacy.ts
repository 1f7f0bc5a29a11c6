// Focal points are people's e-mail addresses: the publisher's policy decides what leaves the
// build, and every output (pages, exports, copied sources) goes through these functions.
import type { FocalPointPolicy } from './config.ts';

/** `gonzalo.smith@undp.org` → `g****h@undp.org`; a value without `@` is masked whole. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at) : '';
  const chars = [...local];
  if (chars.length <= 2) return `${chars[0] ?? ''}****${domain}`;
  return `${chars[0]}****${chars[chars.length - 1]}${domain}`;
}

export function publicFocalPoint(value: string | null, policy: FocalPointPolicy): string | null {
  if (value === null || value.trim() === '' || policy === 'hide') return null;
  return policy === 'mask' ? maskEmail(value.trim()) : value.trim();
}

const focalPointTag = /^(\[\[focal_point:)([^\]\r\n]*)(\]\])/gm;
const frontMatterFocalPoint = /^(focal_?point:[ \t]*)(.*)$/gim;

/** The source markdown as published: the focal point tag (and any front-matter copy) rewritten. */
export function publicSource(markdown: string, policy: FocalPointPolicy): string {
  if (policy === 'show') return markdown;
  const rewrite = (value: string): string => publicFocalPoint(value, policy) ?? '';
  let out = markdown.replace(
    focalPointTag,
    (_m, open: string, value: string, close: string) => open + rewrite(value) + close,
  );
  const fm = /^---\r?\n[\s\S]*?\r?\n---/.exec(out);
  if (fm) {
    const head = fm[0].replace(
      frontMatterFocalPoint,
      (_m, key: string, value: string) => key + rewrite(value),
    );
    out = head + out.slice(fm[0].length);
  }
  return out;
}
