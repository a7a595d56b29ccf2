/** The catalog cannot be read as the settings describe it (a content type that does not exist, say). */
export class CatalogUnavailableError extends Error {
  override readonly name = 'CatalogUnavailableError';
}
