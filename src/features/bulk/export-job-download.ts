import type { ApiClient } from '@/api/client';
import { readExportJob, type ExportKind } from './export-jobs-api';

/**
 * The job is read again right before the download: each read mints a fresh signed URL, and the
 * one a listing gave may have expired (the sandbox's last 15 minutes). The URL is the credential
 * (S3-style signature): it is opened as it is, never given the console's bearer token, and
 * never shown, stored or logged.
 */
export async function freshDownloadUrl(
  api: ApiClient,
  kind: ExportKind,
  id: string,
): Promise<string> {
  const job = await readExportJob(api, kind, id);
  if (job.status !== 'SUCCEEDED' || !job.downloadUrl) {
    throw new Error('Genesys Cloud gave no file for this export: it is not finished.');
  }
  const url = new URL(job.downloadUrl);
  // Only a web address is followed: a javascript: or data: URL from an answer never runs.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('Genesys Cloud gave a download link that is not a web address.');
  }
  return url.href;
}

/**
 * Follows the link the way a click would: the file's answer says "attachment", so the browser
 * saves it and the page stays. No referrer goes with it.
 */
export function openDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.referrerPolicy = 'no-referrer';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
