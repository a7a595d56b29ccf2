import { createReadStream } from 'node:fs';
import { once } from 'node:events';

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
  /**
   * Starts the import of the uploaded file (kept on disk by Strapi's multipart parser) and answers 202 with its
   * job at once. The file is open before the answer, so it is read to its end even though the upload is removed
   * when the request ends.
   */
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
    await once(input, 'open');
    const lines = format === 'csv' ? readCsv(input) : readJsonLines(input);
    const response: CreateImport.Response = {
      data: await getService(strapi, 'imports').start(lines, format as ImportFormat, () => input.destroy()),
    };
    ctx.status = 202;
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
