import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { FormField } from '@/ui/form-field';
import { formatDateTime } from '@/models/format-date';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import { conversationQueryOptions, useConversationLink } from './api';
import { CONVERSATION_MEDIA_TYPES } from './activity-model';
import {
  conversationLinkSchema,
  type ConversationLinkInput,
  type ConversationLinkValues,
} from './activity-schemas';
import { readLinks, writeLinks, type LinkedConversation } from './link-history';
import { ActionButton } from '@/ui/action-button';

/** Link the contact to a conversation, see the links made here, unlink them, look one up. */
export function ConversationLinksSection({ contactId }: { contactId: string }) {
  const { can } = usePermissions();
  const canLink = can(...PERMISSIONS.conversation.associate);
  const [links, setLinks] = useState<LinkedConversation[]>(() => readLinks(contactId));
  const remember = (next: LinkedConversation[]) => {
    setLinks(next);
    writeLinks(contactId, next);
  };
  return (
    <section className="activity-section" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations</h2>
      {canLink ? (
        <LinkForm
          contactId={contactId}
          onLinked={(link) =>
            remember([link, ...links.filter((item) => item.conversationId !== link.conversationId)])
          }
        />
      ) : (
        <p className="muted">Linking conversations needs the conversation associate permission.</p>
      )}
      <h3>Linked in this session</h3>
      {links.length === 0 ? (
        <p className="muted">No conversation linked from this tab yet.</p>
      ) : (
        <ul className="conversation-links">
          {links.map((link) => (
            <LinkedConversationItem
              key={link.conversationId}
              link={link}
              contactId={contactId}
              canUnlink={canLink}
              onUnlinked={() =>
                remember(links.filter((item) => item.conversationId !== link.conversationId))
              }
            />
          ))}
        </ul>
      )}
      <ConversationLookup contactId={contactId} />
    </section>
  );
}

function LinkForm({
  contactId,
  onLinked,
}: {
  contactId: string;
  onLinked: (link: LinkedConversation) => void;
}) {
  const linkMutation = useConversationLink();
  const form = useForm<ConversationLinkInput, unknown, ConversationLinkValues>({
    resolver: zodResolver(conversationLinkSchema),
    defaultValues: { conversationId: '', communicationId: '', mediaType: 'CALL' },
  });
  const { register, reset } = form;
  const { errors } = form.formState;
  const { onSubmit, failure, pending } = useFormSave({
    form,
    save: async (values: ConversationLinkValues) => {
      await linkMutation.mutateAsync({ ...values, externalContactId: contactId });
      onLinked(values);
      reset({ conversationId: '', communicationId: '', mediaType: values.mediaType });
    },
    fieldFor: (name) =>
      name === 'conversationId' || name === 'communicationId' || name === 'mediaType' ? name : null,
    fallbackMessage: 'The conversation was not linked.',
  });
  return (
    <form className="activity-form" noValidate onSubmit={onSubmit}>
      <div className="activity-fields">
        <FormField label="Conversation id" required error={errors.conversationId?.message}>
          {(control) => (
            <input type="text" autoComplete="off" {...control} {...register('conversationId')} />
          )}
        </FormField>
        <FormField label="Communication id" required error={errors.communicationId?.message}>
          {(control) => (
            <input type="text" autoComplete="off" {...control} {...register('communicationId')} />
          )}
        </FormField>
        <FormField label="Media type" kind="select" required error={errors.mediaType?.message}>
          {(control) => (
            <select {...control} {...register('mediaType')}>
              {CONVERSATION_MEDIA_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {failure?.placedOnFields ? null : <SaveFailureAlert failure={failure} />}
      <SubmitButton pending={pending} pendingLabel="Linking…">
        Link conversation
      </SubmitButton>
    </form>
  );
}

function LinkedConversationItem({
  link,
  contactId,
  canUnlink,
  onUnlinked,
}: {
  link: LinkedConversation;
  contactId: string;
  canUnlink: boolean;
  onUnlinked: () => void;
}) {
  const { api } = useServices();
  const conversation = useQuery(conversationQueryOptions(api, link.conversationId));
  const unlink = useConversationLink();
  const customer = conversation.data?.participants?.find(
    (participant) => participant.purpose === 'customer',
  );
  let state = 'Checking…';
  if (conversation.isError) {
    state =
      conversation.error instanceof ApiError && conversation.error.status === 404
        ? 'No longer linked'
        : 'Could not be checked';
  } else if (customer) {
    state =
      customer.externalContactId === contactId
        ? `Linked to this contact since ${formatDateTime(conversation.data?.startTime)}`
        : 'Now linked to another contact';
  }
  return (
    <li>
      <span className="conversation-id">{link.conversationId}</span>{' '}
      <span className="muted">
        {link.mediaType} · communication {link.communicationId} · {state}
      </span>
      {canUnlink ? (
        <ActionButton
          disabled={unlink.isPending}
          onClick={() => {
            if (unlink.isPending) return;
            unlink.mutate(
              {
                conversationId: link.conversationId,
                communicationId: link.communicationId,
                mediaType: link.mediaType,
              },
              { onSuccess: onUnlinked },
            );
          }}
        >
          Unlink<span className="visually-hidden"> conversation {link.conversationId}</span>
        </ActionButton>
      ) : null}
      {unlink.error ? (
        <p className="field-error" role="alert">
          {unlink.error.message}
        </p>
      ) : null}
    </li>
  );
}

/** Reads any conversation by id (GET /conversations/{id}) and says whom it is linked to. */
function ConversationLookup({ contactId }: { contactId: string }) {
  const { api } = useServices();
  const id = useId();
  const [text, setText] = useState('');
  const [wanted, setWanted] = useState('');
  const conversation = useQuery({
    ...conversationQueryOptions(api, wanted),
    enabled: wanted !== '',
  });
  const customer = conversation.data?.participants?.find(
    (participant) => participant.purpose === 'customer',
  );
  return (
    <form
      className="activity-form"
      role="search"
      aria-label="Look up a conversation"
      onSubmit={(event) => {
        event.preventDefault();
        setWanted(text.trim());
      }}
    >
      <h3>Look up a conversation</h3>
      <div className="activity-fields">
        <div className="activity-field">
          <label htmlFor={id}>Conversation id to look up</label>
          <input
            id={id}
            type="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <GuxButtonSlot accent="secondary">
        <button type="submit">Look up</button>
      </GuxButtonSlot>
      <p aria-live="polite">
        {wanted === ''
          ? null
          : conversation.isPending
            ? 'Looking up…'
            : conversation.isError
              ? conversation.error instanceof ApiError && conversation.error.status === 404
                ? `Conversation ${wanted} was not found or is not linked to any contact.`
                : conversation.error.message
              : customer?.externalContactId === contactId
                ? `Conversation ${wanted} is linked to this contact.`
                : `Conversation ${wanted} is linked to contact ${customer?.externalContactId ?? 'unknown'}.`}
      </p>
    </form>
  );
}
