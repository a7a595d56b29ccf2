/** An input the engine cannot use: a malformed request, configuration, file or model buffer. */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(`aisle-engine: ${message}`);
    this.name = 'EngineInputError';
  }
}
