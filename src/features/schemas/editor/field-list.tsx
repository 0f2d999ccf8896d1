import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CoreTypeName } from '@/models/data-schema';

/** What the list shows of one field: enough to scan a schema without opening anything. */
export interface FieldRowSummary {
  /** The field array row's id (stable while the field moves). */
  id: string;
  title: string;
  key: string;
  coreType: CoreTypeName;
  required: boolean;
  /** New = never saved; edited = saved, with unsaved changes; saved = as in the saved version. */
  status: 'new' | 'edited' | 'saved';
  problems: number;
}

/** Shorter than the panel's labels, so a row stays one line. */
const TYPE_TEXT: Record<CoreTypeName, string> = {
  text: 'Text',
  longtext: 'Long text',
  url: 'URL',
  identifier: 'Identifier',
  enum: 'List (enum)',
  date: 'Date',
  datetime: 'Date and time',
  integer: 'Integer',
  number: 'Number',
  checkbox: 'Checkbox',
  tag: 'Tags',
};

const STATUS_TEXT: Record<FieldRowSummary['status'], string> = {
  new: 'New',
  edited: 'Edited',
  saved: 'Saved',
};

export const fieldOpenButtonId = (id: string) => `field-open-${id}`;

function FieldRow({
  field,
  position,
  open,
  panelId,
  readOnly,
  onOpen,
}: {
  field: FieldRowSummary;
  position: number;
  open: boolean;
  panelId: string;
  readOnly: boolean;
  onOpen: () => void;
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: field.id, disabled: readOnly });
  const title = field.title || 'Untitled field';
  return (
    <li
      ref={setNodeRef}
      className={`field-row${open ? ' open' : ''}${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {readOnly ? (
        <span aria-hidden="true" />
      ) : (
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Move ${title} (position ${position})`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <button
        type="button"
        id={fieldOpenButtonId(field.id)}
        className="field-open"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={onOpen}
      >
        {title}
      </button>
      <span>{TYPE_TEXT[field.coreType]}</span>
      <code>{field.key || '(no key)'}</code>
      <span className={`badge${field.required ? ' required' : ''}`}>
        {field.required ? 'Required' : 'Optional'}
      </span>
      <span className="field-badges">
        {field.problems > 0 ? (
          <span className="badge problem">
            {field.problems} problem{field.problems === 1 ? '' : 's'}
          </span>
        ) : (
          <span className={`badge ${field.status}`}>{STATUS_TEXT[field.status]}</span>
        )}
      </span>
    </li>
  );
}

/**
 * The schema's fields as a compact list in document order. Reorder by dragging a row's handle,
 * or from the keyboard: focus the handle, Space to pick up, arrows to move, Space to drop,
 * Escape to cancel (dnd-kit announces each step; the announcements here use the fields' titles).
 */
export function FieldList({
  fields,
  openId,
  panelId,
  readOnly,
  onOpen,
  onMove,
}: {
  fields: FieldRowSummary[];
  openId: string | null;
  panelId: string;
  readOnly: boolean;
  onOpen: (index: number) => void;
  onMove: (from: number, to: number) => void;
}) {
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const indexOf = (id: UniqueIdentifier) => fields.findIndex((field) => field.id === id);
  const titleOf = (id: UniqueIdentifier) => fields[indexOf(id)]?.title || 'Untitled field';
  const count = fields.length;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}, position ${indexOf(active.id) + 1} of ${count}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} is over position ${indexOf(over.id) + 1} of ${count}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped at position ${indexOf(over.id) + 1} of ${count}.`
        : `${titleOf(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving ${titleOf(active.id)} was cancelled; it stays where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    if (from !== -1 && to !== -1) onMove(from, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this field, press Space, then the up and down arrow keys, then Space again to drop it. Escape cancels.',
        },
      }}
    >
      <div className="field-list-header" aria-hidden="true">
        <span />
        <span>Title</span>
        <span>Type</span>
        <span>Key</span>
        <span>Required</span>
        <span>Status</span>
      </div>
      <SortableContext
        items={fields.map((field) => field.id)}
        strategy={verticalListSortingStrategy}
      >
        <ol className="field-list" aria-label="Fields in order">
          {fields.map((field, index) => (
            <FieldRow
              key={field.id}
              field={field}
              position={index + 1}
              open={openId === field.id}
              panelId={panelId}
              readOnly={readOnly}
              onOpen={() => onOpen(index)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
