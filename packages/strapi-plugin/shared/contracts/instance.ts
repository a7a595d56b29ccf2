/** GET /api/recommendations/health: whether this instance serves a model, and which (no authentication). */
export declare namespace GetInstanceHealth {
  interface Response {
    data: {
      /** This process's id in the deployment (a new one at each start). */
      instance: string | null;
      serving: boolean;
      modelVersion: number | null;
      /** ISO 8601; null when no model serves. */
      trainedAt: string | null;
      /** Events stored (by any instance) that this instance has not applied yet. */
      eventLag: number;
    };
  }
}
