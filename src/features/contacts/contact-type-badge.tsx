import { GuxBadge } from 'genesys-spark-components-react';
import type { ContactType } from '@/models/contact-fields';

const accents = { Curated: 'success', Identified: 'info', Ephemeral: 'warning' } as const;

/** Ephemeral and Identified contacts expire 60 days after their last interaction; Curated do not. */
export function ContactTypeBadge({ type }: { type: ContactType | undefined }) {
  if (!type) return <span className="muted">Unknown</span>;
  return <GuxBadge accent={accents[type] ?? 'inherit'}>{type}</GuxBadge>;
}
