import type { EngineConfigInput } from '@aisle/engine';

import type { ErrorResponse } from './errors';

/** The catalog fields the plugin reads, each mapped to an attribute of the product content type. */
export interface CatalogFieldMapping {
  /** The id storefronts send in events: a string, uid or integer attribute, or `documentId`. */
  id: string;
  title: string;
  price: string | null;
  currency: string | null;
  /** A media attribute. */
  image: string | null;
  /** A relation (its target's name, and parents through a `parent` relation) or a string attribute. */
  category: string | null;
  brand: string | null;
  /** A JSON attribute holding an array of strings, or a comma-separated string. */
  tags: string | null;
  description: string | null;
  /** A date or datetime attribute. */
  launchDate: string | null;
  /** A boolean (true = available) or a number (stock, available above 0). */
  availability: string | null;
}

export interface PluginSettings {
  catalog: {
    /** The uid of the product content type, for example `api::product.product`. */
    contentType: string;
    fields: CatalogFieldMapping;
  };
  training: {
    /** Cron expression of the scheduled training (default hourly); null turns the schedule off. */
    schedule: string | null;
    /** Memory limit of the training worker, in MB. */
    memoryLimitMb: number;
    /**
     * Seconds after the first new purchase (since the last training) to train again, so that "frequently bought
     * together" and the other co-purchase lists learn from new orders; null (the default) waits for the schedule.
     */
    retrainAfterPurchasesSeconds: number | null;
  };
  /** Engine configuration (weights, half-life, windows, similarity...); what is left out gets the engine default. */
  engine: EngineConfigInput;
  events: {
    /** Store user and session ids hashed with a secret kept by the plugin. */
    pseudonymizeUserIds: boolean;
    /** Event requests a client may send a minute. */
    rateLimitPerMinute: number;
  };
}

/** GET /recommendations/settings */
export declare namespace GetSettings {
  interface Response {
    data: PluginSettings;
  }
}

/** PUT /recommendations/settings */
export declare namespace UpdateSettings {
  interface Request {
    /** Any part of the settings; the parts left out keep their value. */
    body: {
      catalog?: { contentType?: string; fields?: Partial<CatalogFieldMapping> };
      training?: Partial<PluginSettings['training']>;
      engine?: EngineConfigInput;
      events?: Partial<PluginSettings['events']>;
    };
  }

  interface Response {
    data: PluginSettings;
  }

  /** 400 naming the field that does not fit. */
  type ErrorBody = ErrorResponse;
}
