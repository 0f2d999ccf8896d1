import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { linkSegments, safeHref } from './linkify';
import { LinkifiedText } from './linkified-text';

describe('linkSegments', () => {
  it('turns http, https and mailto links into links and keeps the rest as text', () => {
    expect(
      linkSegments('See https://example.com/a?b=1 or mailto:ann@example.com, then call.'),
    ).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'mailto:ann@example.com', href: 'mailto:ann@example.com' },
      { kind: 'text', text: ', then call.' },
    ]);
  });

  it('links a bare www address over http', () => {
    expect(linkSegments('www.example.org')).toEqual([
      { kind: 'link', text: 'www.example.org', href: 'http://www.example.org/' },
    ]);
  });

  it('keeps javascript:, data: and ftp: as text', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.com/x',
    ]) {
      expect(linkSegments(text).every((segment) => segment.kind === 'text')).toBe(true);
      expect(
        linkSegments(text)
          .map((segment) => segment.text)
          .join(''),
      ).toBe(text);
    }
    expect(safeHref('javascript:alert(1)')).toBeNull();
  });
});

describe('LinkifiedText', () => {
  it('renders markup as text, never as HTML', () => {
    const html = renderToStaticMarkup(
      <LinkifiedText text={'<img src=x onerror=alert(1)> <script>alert(2)</script>'} />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders javascript: as text and real links with a safe rel', () => {
    const html = renderToStaticMarkup(
      <LinkifiedText text={'javascript:alert(1) https://example.com'} />,
    );
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('href="https://example.com/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });
});
