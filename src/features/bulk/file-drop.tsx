import { useId, useState } from 'react';
import './bulk.css';

/**
 * A labelled file input (keyboard and screen readers) that also takes a file dropped on it.
 * The input is reset after each choice, so choosing the same file again (after fixing it) is
 * seen as a new choice.
 */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const id = useId();
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
      <label htmlFor={id}>CSV file with a header row</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <span id={`${id}-help`} className="muted">
        Or drop the file here.
      </span>
    </div>
  );
}
