/** An answer of the recommendations API other than 2xx; the message is the server's (it names what is wrong). */
export class RecommendationsError extends Error {
  declare readonly status: number;

  constructor(status: number, message: string) {
    super(`@aisle/react: ${status} ${message}`);
    this.status = status;
  }
}
