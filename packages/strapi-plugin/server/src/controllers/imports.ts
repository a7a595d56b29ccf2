import { createReadStream } from 'node:fs';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { CreateImport, FindImport, FindImports, ImportFormat } from '../../../shared/contracts/imports';
import { readCsv } from '../imports/readCsv';
import { readJsonLines } from '../imports/readJsonLines';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseId } from '../utils/parseId';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}

type UploadContext = RequestContext & { request: { files?: Record<string, UploadedFile | UploadedFile[]> } };

export const importsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Streams the uploaded file (kept on disk by Strapi's multipart parser) through the import. */
  async create(ctx: UploadContext) {
    const upload = ctx.request.files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    if (file === undefined) {
      throw new errors.ValidationError(
        'file: expected a multipart field "file" with the CSV or JSON Lines file',
      );
    }
    const body = (ctx.request.body ?? {}) as { format?: unknown };
    const name = file.originalFilename ?? '';
    const format: unknown =
      body.format ?? (/\.csv$/i.test(name) ? 'csv' : /\.jsonl$/i.test(name) ? 'jsonl' : undefined);
    if (format !== 'csv' && format !== 'jsonl') {
      throw new errors.ValidationError(
        `format: expected "csv" or "jsonl" (or a file name ending in .csv or .jsonl), got ${JSON.stringify(format ?? name)}`,
      );
    }
    const input = createReadStream(file.filepath);
    const lines = format === 'csv' ? readCsv(input) : readJsonLines(input);
    const response: CreateImport.Response = {
      data: await getService(strapi, 'imports').run(lines, format as ImportFormat),
    };
    ctx.status = 201;
    ctx.body = response;
  },

  async find(ctx: RequestContext) {
    const response: FindImports.Response = { data: await getService(strapi, 'imports').findAll() };
    ctx.body = response;
  },

  async findOne(ctx: RequestContext) {
    const id = parseId(ctx.params.id);
    const job = await getService(strapi, 'imports').findOne(id);
    if (job === null) {
      throw new errors.NotFoundError(`import ${id} does not exist`);
    }
    const response: FindImport.Response = { data: job };
    ctx.body = response;
  },
});
