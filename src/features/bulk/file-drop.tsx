import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId, useRef, useState } from 'react';
import './bulk.css';

/**
 * A Spark button that opens the file picker, over a labelled file input (kept for assistive
 * tech and tests, out of the Tab order so the button is the one stop), and a drop zone. The
 * input is reset after each choice, so choosing the same file again (after fixing it) is seen
 * as a new choice.
 */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const id = useId();
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={dragging ? 'file-drop dragging' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <label id={labelId} htmlFor={id}>
        CSV file with a header row
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-describedby={helpId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <GuxButtonSlot accent="secondary">
        <button
          type="button"
          aria-describedby={`${labelId} ${helpId}`}
          onClick={() => input.current?.click()}
        >
          Choose a file…
        </button>
      </GuxButtonSlot>
      <span id={helpId} className="muted">
        Or drop the file here.
      </span>
    </div>
  );
}
