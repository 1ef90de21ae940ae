import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { readObjectStorageConfig } from '@/config/environment'

/**
 * Uploads (media, documents, working-group materials) in an S3-compatible bucket when S3_BUCKET
 * is set, so every instance serves every file. The bucket stays private: files are still served
 * at /api/<collection>/file/<name> through each collection's read access (members-only
 * materials included), never from a public bucket URL. One bucket, one prefix per collection,
 * as two collections may hold files of the same name. The prefix field is in the schema in every
 * environment (`alwaysInsertFields`), so the embedded default and production share migrations.
 */
export function objectStorage(env: Record<string, string | undefined> = process.env): Plugin {
  const storage = readObjectStorageConfig(env)
  return s3Storage({
    enabled: Boolean(storage),
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? 'unused',
    acl: 'private',
    collections: {
      media: { prefix: 'media' },
      documents: { prefix: 'documents' },
      materials: { prefix: 'materials' },
    },
    config: {
      region: storage?.region ?? 'us-east-1',
      ...(storage?.endpoint ? { endpoint: storage.endpoint, forcePathStyle: true } : {}),
      ...(storage?.accessKeyId && storage.secretAccessKey
        ? {
            credentials: {
              accessKeyId: storage.accessKeyId,
              secretAccessKey: storage.secretAccessKey,
            },
          }
        : {}),
      // checksums only where S3 requires them: S3-compatible servers (MinIO's older releases,
      // s3rver) do not all read the SDK's newer trailing checksums
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}
