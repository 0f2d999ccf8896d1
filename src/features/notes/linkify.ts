import { LinkifyIt } from 'linkify-it';

/** A piece of note text: plain text, or a link whose href is known to be safe. */
export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// One matcher for the app; linkify-it keeps no state between calls. "www.example.com" is linked
// (people write addresses that way); a bare "name@host" is not: in notes it is as often a handle.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false });

/** The href to use, or null when the match is not something we let the browser open. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Splits note text into plain text and links. Only http, https and mailto become links; anything
 * else (javascript:, data:, ftp: …) stays text. Nothing here is HTML: React renders every segment
 * as text, so markup in a note shows literally.
 */
export function linkSegments(text: string): TextSegment[] {
  const matches = linkify.match(text) ?? [];
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of matches) {
    const href = safeHref(match.url);
    if (href === null) continue;
    if (match.index > position) {
      segments.push({ kind: 'text', text: text.slice(position, match.index) });
    }
    segments.push({ kind: 'link', text: match.raw, href });
    position = match.lastIndex;
  }
  if (position < text.length) segments.push({ kind: 'text', text: text.slice(position) });
  return mergeText(segments);
}

/** Skipped matches leave neighbouring text pieces; joined they read as one text node. */
function mergeText(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
