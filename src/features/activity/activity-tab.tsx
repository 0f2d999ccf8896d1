import { getRouteApi } from '@tanstack/react-router';
import { ConversationLinksSection } from './conversation-links-section';
import { JourneySegments, JourneySessions } from './journey-section';
import { CheckboxField } from '@/ui/checkbox-field';
import '@/ui/record-panel.css';
import './activity.css';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record/activity');

/** The contact's "Conversations and journey" tab. */
export function ActivityTab() {
  const { contactId } = routeApi.useParams();
  const { includeMerged } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  return (
    <div className="record-panel">
      <ConversationLinksSection contactId={contactId} />
      <CheckboxField
        role="switch"
        label="Include the journey of merged records"
        checked={includeMerged}
        onChange={(event) =>
          void navigate({
            search: (previous) => ({ ...previous, includeMerged: event.target.checked }),
            replace: true,
          })
        }
      />
      <JourneySessions contactId={contactId} includeMerged={includeMerged} />
      <JourneySegments contactId={contactId} includeMerged={includeMerged} />
    </div>
  );
}
