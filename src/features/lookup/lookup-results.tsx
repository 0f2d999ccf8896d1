import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ContactTypeBadge } from '@/features/contacts';
import { identifierTypeLabel } from '@/features/identifiers';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import {
  asRecord,
  fieldsOfKind,
  fieldValue,
  formatFieldValue,
  primaryPhone,
  type NamedRef,
} from '@/models/record-fields';
import '@/ui/ui.css';
import type { LookupAnswer } from './api';
import type { LookedUpOrganization, ReverseWhitepagesLookupResult } from './lookup-model';

/** Genesys returns at most this many contacts from a reverse whitepages lookup. */
export const MAX_REVERSE_RESULTS = 25;
const RESULT_COLUMNS = ['Name', 'Type', 'Email', 'Phone', 'Twitter', 'Organization'] as const;

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

/** The answer's frame: every outcome has the same heading id, so the page can focus it. */
function ResultSection({
  title,
  framed = true,
  children,
}: {
  title: string;
  framed?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={framed ? 'detail-section lookup-result' : 'lookup-result'}
      aria-labelledby="lookup-result-heading"
    >
      <h2 id="lookup-result-heading" className={framed ? undefined : 'lookup-result-title'}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function NoMatch({ message, children }: { message: string; children: string }) {
  return (
    <ResultSection title="No match">
      <p role="status">{message}</p>
      <p className="muted">{children}</p>
    </ResultSection>
  );
}

/** The values a contact has in the fields of one kind (its emails, its phones), in slot order. */
const valuesOfKind = (contact: ExternalContact, kind: 'email' | 'phone') =>
  fieldsOfKind(CONTACT_FIELDS, kind)
    .map((field) => formatFieldValue(field, fieldValue(contact, field)))
    .filter(Boolean);

/** A handle as people write it, with its @. */
function twitterHandle(contact: ExternalContact): string {
  const screenName = fieldsOfKind(CONTACT_FIELDS, 'twitter')
    .map((field) => asRecord(fieldValue(contact, field)).screenName)
    .find((name): name is string => typeof name === 'string' && name !== '');
  if (!screenName) return '';
  return screenName.startsWith('@') ? screenName : `@${screenName}`;
}

/** The organization a contact works for: its reference field, expanded with the name. */
function organizationOf(contact: ExternalContact): NamedRef | undefined {
  const [reference] = fieldsOfKind(CONTACT_FIELDS, 'reference');
  const value = reference ? asRecord(fieldValue(contact, reference)) : {};
  return typeof value.id === 'string'
    ? { id: value.id, name: typeof value.name === 'string' ? value.name : undefined }
    : undefined;
}

function OrganizationLink({ organization }: { organization: NamedRef | undefined }) {
  if (!organization) return <span className="muted">None</span>;
  return (
    <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
      {organization.name || 'Unnamed organization'}
    </Link>
  );
}

function ContactLink({ contact }: { contact: ExternalContact }) {
  return (
    <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
      {contactName(contact)}
    </Link>
  );
}

/** A term and its description, left out when there is nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
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
      <NoMatch message="No contact has this phone number, email address or Twitter handle.">
        Phone numbers match in international form: include the country code, e.g. +1 317 555 0100.
        Emails and Twitter handles match whole, ignoring case.
      </NoMatch>
    );
  }
  const count = contacts.length === 1 ? '1 contact matches' : `${contacts.length} contacts match`;
  return (
    <ResultSection title="Results" framed={false}>
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
              {RESULT_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>
                  <ContactLink contact={contact} />
                </td>
                <td>
                  <ContactTypeBadge type={contact.type} />
                </td>
                <td>{valuesOfKind(contact, 'email')[0]}</td>
                <td>{primaryPhone(contact, CONTACT_FIELDS)}</td>
                <td>{twitterHandle(contact)}</td>
                <td>
                  <OrganizationLink organization={organizationOf(contact)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ResultSection>
  );
}

function ContactFound({ contact }: { contact: ExternalContact }) {
  return (
    <ResultSection title="Contact found">
      <dl className="detail-list">
        <Fact term="Name">
          <ContactLink contact={contact} />
        </Fact>
        <Fact term="Type">
          <ContactTypeBadge type={contact.type} />
        </Fact>
        <Fact term="Organization">
          <OrganizationLink organization={organizationOf(contact)} />
        </Fact>
        <Fact term="Email">{valuesOfKind(contact, 'email').join(', ')}</Fact>
        <Fact term="Phone">{valuesOfKind(contact, 'phone').join(', ')}</Fact>
        <IdentifierRows identifiers={contact.identifiers} />
      </dl>
    </ResultSection>
  );
}

function OrganizationFound({ organization }: { organization: LookedUpOrganization }) {
  return (
    <ResultSection title="Organization found">
      <dl className="detail-list">
        <Fact term="Name">
          <OrganizationLink organization={organization} />
        </Fact>
        <Fact term="Company type">{organization.companyType}</Fact>
        <Fact term="Industry">{organization.industry}</Fact>
        <IdentifierRows identifiers={organization.identifiers} />
      </dl>
    </ResultSection>
  );
}

function IdentifierRows({ identifiers }: { identifiers: ExternalContact['identifiers'] }) {
  if (!identifiers?.length) return null;
  return (
    <Fact term="Identifiers">
      <ul>
        {identifiers.map((identifier) => (
          <li key={`${identifier.type ?? ''}:${identifier.value ?? ''}`}>
            {identifierTypeLabel(identifier.type)}: {identifier.value}
          </li>
        ))}
      </ul>
    </Fact>
  );
}
