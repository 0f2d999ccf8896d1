import { Link } from '@tanstack/react-router';
import { useMemo, useSyncExternalStore } from 'react';
import { useMe } from '@/auth/me-query';
import {
  readRecentRecords,
  recentRecordsVersion,
  subscribeRecentRecords,
  type RecentRecord,
} from '@/app/recent-records';

function useRecentRecords(userId: string): RecentRecord[] {
  const version = useSyncExternalStore(subscribeRecentRecords, recentRecordsVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a change in storage
  return useMemo(() => readRecentRecords(userId), [userId, version]);
}

const SHOWN = 8;

/** The records this user opened lately on this device, newest first (names as they were shown). */
export function RecentRecordsPanel() {
  const me = useMe();
  const recent = useRecentRecords(me.id).slice(0, SHOWN);
  return (
    <section aria-labelledby="home-recent" className="home-card">
      <h2 id="home-recent">Opened recently</h2>
      {recent.length === 0 ? (
        <p className="muted">The contacts and organizations you open will be listed here.</p>
      ) : (
        <ul className="home-list">
          {recent.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              {item.kind === 'contact' ? (
                <Link to="/contacts/$contactId" params={{ contactId: item.id }}>
                  {item.name}
                </Link>
              ) : (
                <Link to="/organizations/$organizationId" params={{ organizationId: item.id }}>
                  {item.name}
                </Link>
              )}
              <span className="muted">
                {' '}
                · {item.kind === 'contact' ? 'Contact' : 'Organization'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
