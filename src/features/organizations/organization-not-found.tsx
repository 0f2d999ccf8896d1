import { Link } from '@tanstack/react-router';

export function OrganizationNotFound() {
  return (
    <div className="page">
      <h1>Organization not found</h1>
      <p>
        There is no organization with this id, or it was deleted. It may also belong to a division
        you cannot see.
      </p>
      <Link to="/organizations">Back to all organizations</Link>
    </div>
  );
}
