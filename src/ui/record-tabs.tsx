import { Link, type LinkProps } from '@tanstack/react-router';
import './ui.css';

export interface RecordTab {
  label: string;
  link: LinkProps;
}

/**
 * A record's sections as routed tabs: links (so every tab is a shareable URL and Back works),
 * marked `aria-current` when open, in a labelled nav landmark.
 */
export function RecordTabs({ label, tabs }: { label: string; tabs: RecordTab[] }) {
  return (
    <nav aria-label={label} className="record-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link
              {...tab.link}
              activeOptions={{ exact: true, includeSearch: false }}
              activeProps={{ 'aria-current': 'page', className: 'active' }}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
