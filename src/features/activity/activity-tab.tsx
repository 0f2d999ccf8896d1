import { getRouteApi } from '@tanstack/react-router';
import { ConversationLinksSection } from './conversation-links-section';
import { JourneySegments, JourneySessions } from './journey-section';
import '../notes/notes.css';
import './activity.css';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record/activity');

/** The contact's "Conversations and journey" tab. */
export function ActivityTab() {
  const { contactId } = routeApi.useParams();
  const { includeMerged } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <div className="activity-panel">
      <ConversationLinksSection contactId={contactId} />
      <label className="notes-switch">
        <input
          type="checkbox"
          role="switch"
          checked={includeMerged}
          onChange={(event) =>
            void navigate({
              search: (previous) => ({ ...previous, includeMerged: event.target.checked }),
              replace: true,
            })
          }
        />{' '}
        Include the journey of merged records
      </label>
      <JourneySessions contactId={contactId} includeMerged={includeMerged} />
      <JourneySegments contactId={contactId} includeMerged={includeMerged} />
    </div>
  );
}
