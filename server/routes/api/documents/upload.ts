/**
 * @module POST /api/documents: add a document (pasted JSON text or an uploaded file) to the graph, or
 * with `?dryRun=true` show what the pipeline would extract without writing. Only ingest's public
 * entry points are called; the route adds the HTTP rules (token, size, status codes).
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IngestAnswer } from '../../../schemas/documents.ts';
import { extractDocument, ingestDocument, MetaOverridesSchema, pastedSource, UnreadableDocumentError, uploadSource, urlInput, type Extraction } from '../../../../ingest/index.ts';
import { HttpError } from '../../../plugins/errors.ts';
import { requireToken } from '../../../plugins/auth.ts';
import { rateLimits } from '../../../plugins/security.ts';
import { acceptUploads } from '../../../plugins/uploads.ts';

const Query = z.object({
  dryRun: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1')
    .describe('Extract and answer without writing (status "preview")'),
});

const Body = z.object({
  ...MetaOverridesSchema.omit({ title: true }).shape,
  text: z.string().min(1).optional().describe('The document text (JSON requests)'),
  title: z.string().trim().min(1).max(500).optional(),
  source: z.string().trim().min(1).max(300).optional().describe('Replace: the source of a stored document (its `source`), whose text and evidence this one replaces when its content differs; also the source this document is stored under. Without it a pasted text or uploaded file is known by its content alone and never replaces another'),
  file: z.object({ filename: z.string(), data: z.any() }).optional().describe('The document as a multipart/form-data `file` part: text, Markdown, HTML, PDF or Word (.docx)'),
  fetch: z.url({ protocol: /^https?$/ }).optional().describe('Fetch the document from this URL (once, with a timeout and a size cap; the bytes are kept beside the data)'),
}).refine((b) => [b.text, b.file, b.fetch].filter((v) => v !== undefined).length === 1, { message: 'send one of text (JSON), a file (multipart) or fetch (a URL)', path: ['text'] });

function answer(status: IngestAnswer['status'], x: Extraction): IngestAnswer {
  const { text: _text, ...document } = x.document;
  return {
    status,
    document,
    entities: x.entities,
    relations: x.relations.map((r) => ({
      id: r.id, type: r.type, source: r.source, target: r.target, confidence: r.evidence.confidence,
      ...(r.evidence.year !== undefined ? { year: r.evidence.year } : {}),
      ...(r.evidence.status ? { status: r.evidence.status } : {}),
      evidence: { quote: r.evidence.quote, start: r.evidence.start, end: r.evidence.end, rule: r.evidence.rule, ...(r.evidence.detail ? { detail: r.evidence.detail } : {}) },
    })),
  };
}

const upload: FastifyPluginAsyncZod = async (app) => {
  await acceptUploads(app, 10);

  app.post('/', {
    // Checked before the body is read, so a refused client cannot make the server parse megabytes.
    onRequest: requireToken('Uploads'),
    config: { rateLimit: rateLimits.ingest },
    schema: {
      summary: 'Add a document (JSON text, a URL to fetch, or a multipart file) and extract its entities and relations; dryRun previews without writing',
      tags: ['documents'],
      querystring: Query,
      body: Body,
      response: { 200: IngestAnswer },
    },
  }, async (req) => {
    const { text, title, source, file, fetch: url, ...meta } = req.body;
    try {
      // The metadata given with the document wins over what the file and its text say.
      const input = url
        ? { ...await urlInput(url, meta, { allowPrivateUrls: app.config.fetchPrivateUrls }), ...(title ? { title } : {}) }
        : file
          ? { source: source ?? uploadSource(file.filename, file.data as Buffer), data: file.data as Buffer, ...(title ? { title } : {}), meta }
          : { source: source ?? pastedSource(text!), data: text!, ...(title ? { title } : {}), meta };
      if (req.query.dryRun) return answer('preview', await extractDocument(input, app.nlp));
      const { status, extraction } = await ingestDocument({ repo: app.repo, nlp: app.nlp }, input);
      return answer(status, extraction);
    } catch (e) {
      if (e instanceof UnreadableDocumentError) {
        throw new HttpError(e.reason === 'too-large' ? 413 : 422, `The document cannot be read (${e.reason}): ${e.message}`, { reason: e.reason });
      }
      throw e;
    }
  });
};

export default upload;
