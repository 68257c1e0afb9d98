/**
 * @module Multipart uploads for a route plugin (documents, watchlists): the file part read into a
 * buffer up to the upload limit (UPLOAD_LIMIT, larger than a JSON body's: reports are long), text
 * fields beside it on the body, a file over the limit answered 413 naming it, and a body that broke off
 * or is not multipart at all answered 400 naming the body, not 500. Registered inside each route
 * plugin, so routes that take JSON only never parse multipart.
 */
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

export async function acceptUploads(app: FastifyInstance, fields: number): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: app.config.uploadLimit, files: 1, fields },
    async onFile(part) {
      (part as unknown as { value: unknown }).value = { filename: part.filename, data: await part.toBuffer() };
    },
  });
  // The multipart parser reads the body before validation and throws plain Errors when the body
  // broke off or is not multipart at all; those are the client's (400), not the server's (500). Its
  // own limits carry a status (413) and everything after parsing keeps the app's handling.
  const parsed = new WeakSet<object>();
  app.addHook('preHandler', async (req) => { parsed.add(req); });
  app.setErrorHandler(async (err: FastifyError, req) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new HttpError(413, `body.file: the file is over the upload limit of ${app.config.uploadLimit} bytes (UPLOAD_LIMIT)`, [{ field: 'body.file', message: err.message }]);
    }
    if (req.isMultipart() && !parsed.has(req) && err.statusCode === undefined && !(err instanceof HttpError)) {
      throw new HttpError(400, `body: the multipart upload is incomplete or malformed (${err.message})`, [{ field: 'body', message: err.message }]);
    }
    throw err;
  });
}
