import { describe, expect, it } from 'vitest';
import { maskEmail, publicFocalPoint, publicSource } from '../../src/site/privacy.ts';

describe('focal point policy', () => {
  it('masks an address as first and last letter of the local part', () => {
    expect(maskEmail('gonzalo.smith@undp.org')).toBe('g****h@undp.org');
  });

  it('masks a very short local part without revealing it', () => {
    expect(maskEmail('ab@undp.org')).toBe('a****@undp.org');
  });

  it('hides the focal point by default policy', () => {
    expect(publicFocalPoint('someone@undp.org', 'hide')).toBeNull();
  });

  it('shows the focal point only when the policy says show', () => {
    expect(publicFocalPoint(' someone@undp.org ', 'show')).toBe('someone@undp.org');
  });

  it('removes the focal point from a published source under hide', () => {
    const out = publicSource('# T\n\n[[focal_point:someone@undp.org]]\n\n[[year:2023]]\n', 'hide');
    expect(out).toBe('# T\n\n[[focal_point:]]\n\n[[year:2023]]\n');
  });

  it('masks the focal point in front matter and tag under mask', () => {
    const out = publicSource(
      '---\nfocal_point: jane.doe@undp.org\n---\n[[focal_point:jane.doe@undp.org]]\n',
      'mask',
    );
    expect(out).not.toContain('jane.doe');
    expect(out.match(/j\*\*\*\*e@undp\.org/g)).toHaveLength(2);
  });
});
