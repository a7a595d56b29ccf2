export { train } from './train.js';
export { recommend } from './recommend.js';
export { updateModel } from './updateModel.js';
export { setAvailability } from './setAvailability.js';
export { modelStats } from './modelStats.js';
export type { ModelStats } from './modelStats.js';
export { serializeModel } from './serialize/serializeModel.js';
export { deserializeModel } from './serialize/deserializeModel.js';
// The serialized model's format: a snapshot of another format does not load (retrain), see deserializeModel.
export { MODEL_FORMAT } from './model/Model.js';
export { validateRecommendRequest, MAX_BASKET_IDS, MAX_LIMIT } from './validateRecommendRequest.js';
export { resolveConfig } from './config/resolveConfig.js';
export { DEFAULT_CONFIG } from './config/defaultConfig.js';
export { EngineInputError } from './errors.js';
export { hashString } from './hashString.js';
export type { Model } from './model/Model.js';
export * from './types.js';
export { LISTS, LIST_NAMES, getList, isListName } from './lists/listRegistry.js';
export { listReadiness } from './lists/listReadiness.js';
export type { ListReadiness, ListStatus } from './lists/listReadiness.js';
export { readinessFacts } from './lists/readinessFacts.js';
export type { ReadinessInput } from './lists/readinessFacts.js';
export { MIN_LIST_PRODUCTS, TARGET_SHARES } from './lists/readinessTargets.js';
export type {
  ListContextKind,
  ListDescriptor,
  ListReadinessSpec,
  ListRequirement,
  ListTrainingInput,
  ReadinessFacts,
} from './lists/ListDescriptor.js';
