import type { ContactType } from '@/models/contact-fields';
import { TokenBadge } from '@/ui/token-badge';

const accents = { Curated: 'success', Identified: 'info', Ephemeral: 'warning' } as const;

/**
 * Ephemeral and Identified contacts expire 60 days after their last interaction; Curated do not.
 * Shown in every row of the contacts list: a token badge, not gux-badge (token-badge.tsx).
 */
export function ContactTypeBadge({ type }: { type: ContactType | undefined }) {
  if (!type) return <span className="muted">Unknown</span>;
  return <TokenBadge accent={accents[type] ?? 'inherit'}>{type}</TokenBadge>;
}
