/** An attribute of a content type, as the field mapping sees it. */
export interface ContentTypeAttribute {
  name: string;
  /** Strapi's attribute type: string, integer, media, relation... */
  type: string;
}

export interface ContentTypeSummary {
  uid: string;
  displayName: string;
  /** Declared attributes plus `documentId`, sorted by name. */
  attributes: ContentTypeAttribute[];
}

/** GET /recommendations/content-types: the collection types of the app (api::), candidates for the catalog. */
export declare namespace FindContentTypes {
  interface Response {
    data: ContentTypeSummary[];
  }
}
