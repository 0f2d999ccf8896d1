import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { UPLOAD_LIMIT_BYTES } from '../config.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import type { CsvUploadRecord, ImportsRepo } from '../db/imports-repo.ts';
import { badRequest, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import { SIGNED_FILES_PREFIX, signedUrl } from './export-signed-urls.ts';
import { PREVIEW_ROWS, parseUploadedCsv } from './import-csv-file.ts';

/**
 * CSV uploads: POST asks for a presigned PUT URL (S3-style, no bearer); the file is PUT there;
 * preview and details read it back.
 */

export const UPLOAD_CONTENT_TYPE = 'text/csv';
export const uploadFilePath = (id: string) => `${SIGNED_FILES_PREFIX}/uploads/${id}/upload.csv`;

export const uploadRequestSchema = z.object({
  fileName: z
    .string({ error: 'fileName must be text.' })
    .trim()
    .max(255, 'fileName must be at most 255 characters.')
    .nullish(),
  fileSize: z
    .number({ error: 'fileSize is required: the size of the file in bytes.' })
    .int('fileSize must be a whole number of bytes.')
    .min(1, 'fileSize must be at least 1 byte.')
    .max(UPLOAD_LIMIT_BYTES, `fileSize must be at most ${UPLOAD_LIMIT_BYTES} bytes (50 MiB).`),
});

function uploadNotFound(id: string) {
  return notFound(`The upload ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'csvUpload' },
  ]);
}

export function createUploadService(
  db: SqliteDatabase,
  repo: ImportsRepo,
  clock: () => number,
  now: () => string,
) {
  function requireUpload(id: string): CsvUploadRecord {
    const upload = repo.findUpload(id);
    if (upload === null) throw uploadNotFound(id);
    return upload;
  }

  function requireFile(id: string) {
    const upload = requireUpload(id);
    if (upload.content === null) {
      throw badRequest(`The file of upload ${id} has not arrived: PUT it to the uploadUrl first.`, [
        { errorCode: 'upload.not.received', entityId: id },
      ]);
    }
    return { upload, csv: parseUploadedCsv(Buffer.from(upload.content, 'base64')) };
  }

  return {
    requireUpload,
    create(body: unknown, createdBy: string | null, origin: string) {
      const write = parseBody(uploadRequestSchema, body);
      const id = randomUUID();
      repo.insertUpload({
        id,
        fileName: write.fileName ?? null,
        fileSize: write.fileSize,
        createdBy,
        dateCreated: now(),
        content: null,
      });
      return {
        uploadId: id,
        uploadUrl: signedUrl(db, origin, 'PUT', uploadFilePath(id), clock()),
        uploadHeaders: [{ name: 'Content-Type', value: UPLOAD_CONTENT_TYPE }],
      };
    },
    /** The presigned PUT: a file larger than the size declared at POST is refused. */
    receive(id: string, bytes: Buffer): void {
      const upload = requireUpload(id);
      if (bytes.length > upload.fileSize) {
        throw badRequest(
          `The file has ${bytes.length} bytes; the upload was declared with fileSize ${upload.fileSize}.`,
        );
      }
      repo.storeUpload(id, bytes);
    },
    preview(id: string) {
      const { csv } = requireFile(id);
      return {
        uploadId: id,
        headers: csv.headers,
        entries: csv.rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
      };
    },
    details(id: string) {
      const { upload, csv } = requireFile(id);
      return {
        uploadId: id,
        ...(upload.fileName === null ? {} : { fileName: upload.fileName }),
        validationResult: {
          separatorValid: csv.separatorValid,
          fileEncodingValid: csv.fileEncodingValid,
          errors: csv.errors,
        },
      };
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;
