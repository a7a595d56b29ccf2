import { rm } from 'node:fs/promises';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { koaBody } from 'koa-body';
import { defaultsDeep } from 'lodash';
import { lookup } from 'mime-types';

interface UploadedFile {
  filepath?: string;
  name?: string;
  type?: string | null;
}

const DEFAULTS = { multipart: true, patchKoa: true };

/** Every uploaded file of the request, whatever its field (Strapi's `files`, the plugin's import `file`). */
const uploadedFiles = (ctx: { request: { files?: unknown } }): UploadedFile[] => {
  const fields = (ctx.request.files ?? {}) as Record<string, UploadedFile | UploadedFile[]>;
  return Object.values(fields).flatMap((files) => (Array.isArray(files) ? files : [files]));
};

/** Where an upload is expected: the media library (admin and content API) and the plugin's imports. */
const UPLOAD_PATHS = [/^\/upload(\/|$)/, /^\/api\/upload(\/|$)/, /^\/recommendations\/imports\/?$/];

/**
 * Strapi 5.54's `strapi::body`, with koa-body's middleware built once instead of on every request (koa-body
 * validates its options with zod each time it is built: there, about a sixth of a cached storefront list's
 * CPU). The same behaviour: the same options, uploads given a MIME type from their name when the client sent
 * none, a file over the size limit answered 413, uploaded files removed after the request. One difference: a
 * JSON body that does not parse is answered 400 "body: not valid JSON" (Strapi answers the parser's own words,
 * "Unexpected end of JSON input"), as the plugin answers a malformed body sent as text, and one that is not an
 * object or array (`null`) "body: expected a JSON object or array". And two more: multipart
 * bodies are taken only where an upload is expected (elsewhere 415, before anything is written to disk), and
 * every uploaded file is removed once the request is answered, whatever its field and whatever happened (Strapi
 * removes only the field `files`, and only after a success).
 */
export const bodyParsedOnce: Core.MiddlewareFactory<object> = (config, { strapi }) => {
  const parse = koaBody(defaultsDeep({}, config, DEFAULTS));
  const graphql = strapi.plugin('graphql');
  const graphqlEndpoint = graphql ? (graphql.config('endpoint') as string) : undefined;
  return async (ctx, next) => {
    if (graphqlEndpoint !== undefined && ctx.url === graphqlEndpoint) {
      await next();
    } else if (ctx.is('multipart') && !UPLOAD_PATHS.some((path) => path.test(ctx.path))) {
      ctx.status = 415;
      ctx.body = {
        data: null,
        error: {
          status: 415,
          name: 'UnsupportedMediaTypeError',
          message: `body: multipart is taken only by uploads, not by ${ctx.method} ${ctx.path}`,
        },
      };
      return;
    } else {
      let parsed = false;
      try {
        await parse(ctx, async () => {});
        parsed = true;
        for (const file of uploadedFiles(ctx)) {
          if (!file.type) file.type = lookup(file.name ?? '') || 'application/octet-stream';
        }
        await next();
      } catch (error) {
        // co-body's errors, given status 400: its strict mode refuses valid JSON that is not an object or array
        // (`null`, `42`), JSON.parse the rest (`{"a": [`).
        if (!parsed && error instanceof SyntaxError) {
          throw new errors.ValidationError(
            error.message.includes('only supports object and array')
              ? 'body: expected a JSON object or array'
              : 'body: not valid JSON',
          );
        }
        if (
          error instanceof Error &&
          error.message.includes('maxFileSize') &&
          error.message.includes('exceeded')
        ) {
          return (ctx as unknown as { payloadTooLarge(message: string): void }).payloadTooLarge('FileTooBig');
        }
        throw error;
      } finally {
        const files = uploadedFiles(ctx);
        if (files.length > 0) {
          // Not awaited, as in Strapi: the answer does not wait for the clean-up.
          for (const file of files) if (file.filepath) void rm(file.filepath, { force: true });
          delete ctx.request.files;
        }
      }
    }
  };
};
