import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { useServices } from '@/app/services';
import { contactEntity } from '@/features/contacts';
import { organizationEntity } from '@/features/organizations';
import type { ExternalContact } from '@/models/contact-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import { PERMISSIONS } from '@/models/permissions';
import { createRecordQueries } from '@/record-kit/record-queries';
import { formatCount } from '@/ui/format';
import { SearchBox } from '@/ui/search-box';

const contactQueries = createRecordQueries<ExternalContact>(contactEntity);
const organizationQueries = createRecordQueries<ExternalOrganization>(organizationEntity);

/** The first matches of each kind; the lists themselves page through the rest. */
const FIRST_MATCHES = 5;

const firstPage = (q: string) => ({
  q,
  pageNumber: 1,
  pageSize: FIRST_MATCHES,
  sortOrder: undefined,
});

function ContactMatches({ q }: { q: string }) {
  const { api } = useServices();
  const found = useQuery(contactQueries.listQueryOptions(api, firstPage(q)));
  const contacts = found.data?.entities ?? [];
  return (
    <section aria-labelledby="home-search-contacts" className="home-matches">
      <h3 id="home-search-contacts">Contacts</h3>
      {found.isPending ? <p role="status">Searching contacts…</p> : null}
      {found.isError ? <p role="alert">The contacts could not be searched.</p> : null}
      {found.isSuccess && contacts.length === 0 ? <p>No contact matches.</p> : null}
      <ul>
        {contacts.map((contact) => (
          <li key={contact.id}>
            <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
              {contactEntity.name(contact) || 'Unnamed contact'}
            </Link>
          </li>
        ))}
      </ul>
      {(found.data?.total ?? 0) > contacts.length ? (
        <Link to="/contacts" search={{ q }}>
          All {formatCount(found.data?.total ?? 0)} contacts matching “{q}”
        </Link>
      ) : null}
    </section>
  );
}

function OrganizationMatches({ q }: { q: string }) {
  const { api } = useServices();
  const found = useQuery(organizationQueries.listQueryOptions(api, firstPage(q)));
  const organizations = found.data?.entities ?? [];
  return (
    <section aria-labelledby="home-search-organizations" className="home-matches">
      <h3 id="home-search-organizations">Organizations</h3>
      {found.isPending ? <p role="status">Searching organizations…</p> : null}
      {found.isError ? <p role="alert">The organizations could not be searched.</p> : null}
      {found.isSuccess && organizations.length === 0 ? <p>No organization matches.</p> : null}
      <ul>
        {organizations.map((organization) => (
          <li key={organization.id}>
            <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
              {organizationEntity.name(organization) || 'Unnamed organization'}
            </Link>
          </li>
        ))}
      </ul>
      {(found.data?.total ?? 0) > organizations.length ? (
        <Link to="/organizations" search={{ q }}>
          All {formatCount(found.data?.total ?? 0)} organizations matching “{q}”
        </Link>
      ) : null}
    </section>
  );
}

/**
 * One search box for both kinds of record: the first matches of each, and a link to the whole
 * list with the same search. The text is in the page's URL (`/?q=`), like the lists'.
 */
export function HomeSearch({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const { can } = usePermissions();
  const contacts = can(...PERMISSIONS.contact.view);
  const organizations = can(...PERMISSIONS.organization.view);
  if (!contacts && !organizations) return null;
  const what =
    contacts && organizations
      ? 'contacts and organizations'
      : contacts
        ? 'contacts'
        : 'organizations';
  return (
    <section aria-labelledby="home-search" className="home-card home-wide">
      <h2 id="home-search">Find</h2>
      <SearchBox
        label={`Search ${what}`}
        placeholder="Name, email, phone, title…"
        q={q}
        onSearch={onSearch}
      />
      {q ? (
        <div className="home-match-columns">
          {contacts ? <ContactMatches q={q} /> : null}
          {organizations ? <OrganizationMatches q={q} /> : null}
        </div>
      ) : null}
    </section>
  );
}
