/**
 * Query parameters whose values must never reach a log line, compared ignoring case: OAuth
 * tokens and secrets, and the signatures of presigned file URLs (ours and S3's), which are
 * credentials on their own for as long as the URL lives.
 */
const SECRET_PARAMS = [
  'access_token',
  'client_secret',
  'code',
  'id_token',
  'password',
  'refresh_token',
  'signature',
  'token',
  'x-amz-credential',
  'x-amz-security-token',
  'x-amz-signature',
];

/** Keeps URLs useful in logs while blanking anything that would let a reader act as the caller. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const query = url.slice(queryStart + 1).replace(/([^&=]+)=([^&]*)/g, (pair, name: string) => {
    let decodedName = name;
    try {
      decodedName = decodeURIComponent(name);
    } catch {
      // An undecodable name cannot be one of ours; keep it as sent.
    }
    return SECRET_PARAMS.includes(decodedName.toLowerCase()) ? `${name}=[redacted]` : pair;
  });
  return `${url.slice(0, queryStart)}?${query}`;
}

/** pino redaction paths: headers that carry credentials, in and out. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'res.headers.location',
];
