import { Link } from '@tanstack/react-router';

export function ContactNotFound() {
  return (
    <div className="page">
      <h1>Contact not found</h1>
      <p>
        There is no contact with this id, or it was deleted. It may also belong to a division you
        cannot see.
      </p>
      <Link to="/contacts">Back to all contacts</Link>
    </div>
  );
}
