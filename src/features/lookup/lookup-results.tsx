import { Link } from '@tanstack/react-router';
import type { ExternalContact } from '@/features/contacts/contact-model';
import { ContactTypeBadge } from '@/features/contacts/contact-type-badge';
import { contactName, phoneDisplay, primaryPhone } from '@/features/contacts/format';
import { identifierTypeLabel } from '@/features/identifiers/identifier-types';
import '@/ui/ui.css';
import type { LookupAnswer } from './api';
import type { LookedUpOrganization, ReverseWhitepagesLookupResult } from './lookup-model';

/** Genesys returns at most this many contacts from a reverse whitepages lookup. */
export const MAX_REVERSE_RESULTS = 25;

export function LookupResults({ answer, value }: { answer: LookupAnswer; value: string }) {
  switch (answer.kind) {
    case 'reverse':
      return <ReverseResults result={answer.result} value={value} />;
    case 'contact':
      return answer.answer.found ? (
        <ContactFound contact={answer.answer.record} />
      ) : (
        <NoMatch message={answer.answer.message}>
          Identifiers are claimed on a contact&apos;s Identifiers tab. Emails, phones and Twitter
          handles nobody claimed are matched against the contacts&apos; own fields.
        </NoMatch>
      );
    case 'organization':
      return answer.answer.found ? (
        <OrganizationFound organization={answer.answer.record} />
      ) : (
        <NoMatch message={answer.answer.message}>
          Organizations are found by the External ids claimed on their Identifiers tab.
        </NoMatch>
      );
  }
}

function NoMatch({ message, children }: { message: string; children: string }) {
  return (
    <section className="detail-section lookup-result" aria-labelledby="lookup-result-heading">
      <h2 id="lookup-result-heading">No match</h2>
      <p role="status">{message}</p>
      <p className="muted">{children}</p>
    </section>
  );
}

function firstEmail(contact: ExternalContact): string {
  return contact.workEmail || contact.personalEmail || contact.otherEmail || '';
}

function twitterHandle(contact: ExternalContact): string {
  const name = contact.twitterId?.screenName;
  if (!name) return '';
  return name.startsWith('@') ? name : `@${name}`;
}

function OrganizationLink({
  organization,
}: {
  organization: ExternalContact['externalOrganization'];
}) {
  if (!organization) return <span className="muted">None</span>;
  return (
    <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
      {organization.name || 'Unnamed organization'}
    </Link>
  );
}

function ReverseResults({
  result,
  value,
}: {
  result: ReverseWhitepagesLookupResult;
  value: string;
}) {
  const contacts = result.contacts ?? [];
  if (contacts.length === 0) {
    return (
      <section className="detail-section lookup-result" aria-labelledby="lookup-result-heading">
        <h2 id="lookup-result-heading">No match</h2>
        <p role="status">No contact has this phone number, email address or Twitter handle.</p>
        <p className="muted">
          Phone numbers match in international form: include the country code, e.g. +1 317 555 0100.
          Emails and Twitter handles match whole, ignoring case.
        </p>
      </section>
    );
  }
  const count = contacts.length === 1 ? '1 contact matches' : `${contacts.length} contacts match`;
  return (
    <section className="lookup-result" aria-labelledby="lookup-result-heading">
      <h2 id="lookup-result-heading" className="lookup-result-title">
        Results
      </h2>
      <p role="status">
        {count} “{value}”.
        {contacts.length >= MAX_REVERSE_RESULTS
          ? ` Genesys returns at most ${MAX_REVERSE_RESULTS} matches: there may be more.`
          : null}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Contacts matching “{value}”</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Email</th>
              <th scope="col">Phone</th>
              <th scope="col">Twitter</th>
              <th scope="col">Organization</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>
                  <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                    {contactName(contact)}
                  </Link>
                </td>
                <td>
                  <ContactTypeBadge type={contact.type} />
                </td>
                <td>{firstEmail(contact)}</td>
                <td>{primaryPhone(contact)}</td>
                <td>{twitterHandle(contact)}</td>
                <td>
                  <OrganizationLink organization={contact.externalOrganization} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ContactFound({ contact }: { contact: ExternalContact }) {
  const emails = [contact.workEmail, contact.personalEmail, contact.otherEmail].filter(Boolean);
  const phones = [contact.workPhone, contact.cellPhone, contact.homePhone, contact.otherPhone]
    .map(phoneDisplay)
    .filter(Boolean);
  return (
    <section className="detail-section lookup-result" aria-labelledby="lookup-result-heading">
      <h2 id="lookup-result-heading">Contact found</h2>
      <dl className="detail-list">
        <dt>Name</dt>
        <dd>
          <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
            {contactName(contact)}
          </Link>
        </dd>
        <dt>Type</dt>
        <dd>
          <ContactTypeBadge type={contact.type} />
        </dd>
        <dt>Organization</dt>
        <dd>
          <OrganizationLink organization={contact.externalOrganization} />
        </dd>
        {emails.length > 0 ? (
          <>
            <dt>Email</dt>
            <dd>{emails.join(', ')}</dd>
          </>
        ) : null}
        {phones.length > 0 ? (
          <>
            <dt>Phone</dt>
            <dd>{phones.join(', ')}</dd>
          </>
        ) : null}
        <IdentifierRows identifiers={contact.identifiers} />
      </dl>
    </section>
  );
}

function OrganizationFound({ organization }: { organization: LookedUpOrganization }) {
  return (
    <section className="detail-section lookup-result" aria-labelledby="lookup-result-heading">
      <h2 id="lookup-result-heading">Organization found</h2>
      <dl className="detail-list">
        <dt>Name</dt>
        <dd>
          <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
            {organization.name || 'Unnamed organization'}
          </Link>
        </dd>
        {organization.companyType ? (
          <>
            <dt>Company type</dt>
            <dd>{organization.companyType}</dd>
          </>
        ) : null}
        {organization.industry ? (
          <>
            <dt>Industry</dt>
            <dd>{organization.industry}</dd>
          </>
        ) : null}
        <IdentifierRows identifiers={organization.identifiers} />
      </dl>
    </section>
  );
}

function IdentifierRows({ identifiers }: { identifiers: ExternalContact['identifiers'] }) {
  if (!identifiers?.length) return null;
  return (
    <>
      <dt>Identifiers</dt>
      <dd>
        <ul>
          {identifiers.map((identifier) => (
            <li key={`${identifier.type ?? ''}:${identifier.value ?? ''}`}>
              {identifierTypeLabel(identifier.type)}: {identifier.value}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
