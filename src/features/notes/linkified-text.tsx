import { linkSegments } from './linkify';

/**
 * Note text as the author wrote it: plain text (never HTML), line breaks kept by CSS
 * (white-space: pre-wrap), safe links opened in a new tab without giving it our window.
 */
export function LinkifiedText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className ?? 'note-text'}>
      {linkSegments(text).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
