import { useId } from 'react';
import type { FieldProblem } from '@/models/data-schema';
import { lineOfFieldName, type JsonParseResult } from './json-text';

/**
 * The schema's `jsonSchema` as text. The editor parses every change; a syntax error and every
 * problem of the document are listed with the line they point at.
 */
export function SchemaJsonView({
  text,
  parse,
  problems,
  readOnly,
  onChange,
}: {
  text: string;
  parse: JsonParseResult;
  problems: FieldProblem[];
  readOnly: boolean;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const located = parse.ok
    ? problems.map((problem) => ({
        line: lineOfFieldName(text, problem.fieldName),
        message: problem.message,
      }))
    : [{ line: parse.line, message: `The JSON cannot be read: ${parse.message}` }];
  located.sort((a, b) => a.line - b.line);
  return (
    <div className="plain-field">
      <label htmlFor={id}>JSON schema document</label>
      <textarea
        id={id}
        className="json-editor"
        spellCheck={false}
        value={text}
        readOnly={readOnly}
        aria-invalid={located.length > 0}
        aria-describedby={located.length > 0 ? `${id}-problems` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {located.length > 0 ? (
        <ul className="json-problems" id={`${id}-problems`} aria-label="Problems in the JSON">
          {located.map((problem, index) => (
            <li key={index}>
              Line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">The JSON is a valid schema document.</p>
      )}
    </div>
  );
}
