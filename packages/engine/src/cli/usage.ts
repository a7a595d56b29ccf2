import { LISTS } from '../lists/listRegistry.js';

export const COMMAND_USAGE: Record<string, string> = {
  train: `aisle-engine train (--interactions FILE | --baskets FILE) [--catalog FILE] [--config FILE.json] --out MODEL
  Trains a model and writes it to MODEL.
  --interactions FILE  TSV lines user<TAB>item[<TAB>weight[<TAB>timestamp]], read as ratings of that weight
  --baskets FILE       TSV lines basket_id<TAB>timestamp<TAB>item|item|..., one order a line
  --catalog FILE       JSON Lines of products ({"id", "title", "category", "brand", "price", ...});
                       interactions on products not in it are skipped
  --config FILE.json   engine configuration (weights, halfLifeDays, similarity, windows, ...)
  Timestamps are unix seconds or YYYY-MM-DD HH:MM:SS (UTC).`,
  recommend: `aisle-engine recommend --model MODEL
  Reads one JSON request a line on stdin and answers each with one JSON line on stdout, in order:
    {"list": "picks-for-you", "userId": "42", "limit": 5}
    -> {"items": [{"id": "...", "score": 0.8, "reasons": [...], "source": "ai"}]}
  Lists:
${LISTS.map((list) => `    ${list.name.padEnd(28)}${list.summary}`).join('\n')}
  Fields: list, userId, productId, basket (at most 1,000 ids; ids the model does
  not know are skipped and named in "unknownIds"), category, limit, exclude, filters, fallback, includePurchased, now. A malformed line
  gets {"error": "line N: ..."} and the next lines go on.`,
  evaluate: `aisle-engine evaluate --train FILE --test FILE [--k 10] [--json] [--baskets [--seed 42]] [--catalog FILE] [--config FILE.json]
  Trains on --train and measures on --test.
  Interactions (default): picks-for-you of k products not in each test user's training history;
    precision@k, recall@k, nDCG@k, MAP@k, hit rate, catalog coverage, seconds training and recommending.
  --baskets: both files are basket TSVs; one product of each test basket with 2 or more, chosen by a
    generator seeded with --seed, is held out, and frequently-bought-together is asked for the rest;
    hit rate@k, MRR@k, catalog coverage.
  --json prints the numbers as JSON.`,
};

export const USAGE = `aisle-engine: Aisle's recommendation engine

usage: aisle-engine <command> [flags]
  train      train a model from interactions or baskets (and a catalog)
  recommend  answer JSON Lines requests on stdin with a trained model
  evaluate   measure picks-for-you or frequently-bought-together on a train/test split
  help       this text; "aisle-engine help <command>" or "aisle-engine <command> --help" for a command
  --version  the engine's version

${Object.values(COMMAND_USAGE).join('\n\n')}
`;
