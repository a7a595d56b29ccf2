// A lower bound for the whole-process target of `aisle-engine train` + `aisle-engine recommend` (README, Speed):
// two processes that do only what those two cannot avoid with dense item-to-item rows, and no learning at all.
//   node scripts/wholeProcessFloor.mjs write TRAIN.tsv OUT   parse user<TAB>item lines, write an n x n float32
//                                                             matrix (identity-like, not learned) and the histories
//   node scripts/wholeProcessFloor.mjs answer OUT < REQUESTS  per {"userId"} line: sum the rows of the user's
//                                                             products, drop them, print the top 10 as JSON
// Time each with /usr/bin/time. Whatever these take, a real solver can only add to.
import { readFileSync, writeFileSync } from 'node:fs';

const [mode, ...paths] = process.argv.slice(2);
if (mode === 'write') write(paths[0], paths[1]);
else if (mode === 'answer') answer(paths[0]);
else throw new Error('usage: wholeProcessFloor.mjs write TRAIN.tsv OUT | answer OUT < REQUESTS');

function write(trainPath, outPath) {
  // Bytes, not lines and splits: 100,000 lines parsed in place.
  const bytes = readFileSync(trainPath);
  const userIndex = new Map();
  const itemIndex = new Map();
  const pairs = new Uint32Array(2 * bytes.length);
  let events = 0;
  let field = 0;
  let fieldStart = 0;
  let user = 0;
  for (let at = 0; at <= bytes.length; at++) {
    const byte = at < bytes.length ? bytes[at] : 10;
    if (byte !== 9 && byte !== 10) continue;
    if (field < 2 && at > fieldStart) {
      const id = bytes.toString('latin1', fieldStart, at);
      const index = field === 0 ? userIndex : itemIndex;
      let value = index.get(id);
      if (value === undefined) index.set(id, (value = index.size));
      if (field === 0) user = value;
      else {
        pairs[2 * events] = user;
        pairs[2 * events + 1] = value;
        events++;
      }
    }
    field = byte === 10 ? 0 : field + 1;
    fieldStart = at + 1;
  }
  const n = itemIndex.size;
  const weights = new Float32Array(n * n);
  for (let i = 0; i < n; i++) weights[i * n + ((i + 1) % n)] = 1;
  writeFileSync(outPath, Buffer.from(weights.buffer));
  writeFileSync(`${outPath}.pairs`, Buffer.from(pairs.buffer, 0, 8 * events));
  writeFileSync(
    `${outPath}.ids.json`,
    JSON.stringify({ users: [...userIndex.keys()], items: [...itemIndex.keys()] }),
  );
}

function answer(modelPath) {
  const raw = readFileSync(modelPath);
  const weights = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
  const n = Math.round(Math.sqrt(weights.length));
  const pairsRaw = readFileSync(`${modelPath}.pairs`);
  const pairs = new Uint32Array(pairsRaw.buffer, pairsRaw.byteOffset, pairsRaw.length / 4);
  const { users, items } = JSON.parse(readFileSync(`${modelPath}.ids.json`, 'utf8'));
  const events = pairs.length / 2;
  // Histories grouped by user with a counting sort.
  const start = new Uint32Array(users.length + 1);
  for (let e = 0; e < events; e++) start[pairs[2 * e] + 1]++;
  for (let u = 0; u < users.length; u++) start[u + 1] += start[u];
  const next = start.slice(0, users.length);
  const history = new Uint32Array(events);
  for (let e = 0; e < events; e++) history[next[pairs[2 * e]]++] = pairs[2 * e + 1];
  const userIndex = new Map(users.map((id, u) => [id, u]));
  const scores = new Float32Array(n);
  const lines = [];
  for (const line of readFileSync(0, 'utf8').split('\n')) {
    if (!line) continue;
    const user = userIndex.get(JSON.parse(line).userId);
    scores.fill(0);
    if (user !== undefined) {
      for (let k = start[user]; k < start[user + 1]; k++) {
        const row = history[k] * n;
        for (let j = 0; j < n; j++) scores[j] += weights[row + j];
      }
      for (let k = start[user]; k < start[user + 1]; k++) scores[history[k]] = -Infinity;
    }
    const top = new Int32Array(10).fill(-1);
    const topScores = new Float32Array(10).fill(-Infinity);
    for (let j = 0; j < n; j++) {
      const score = scores[j];
      if (!(score > topScores[9])) continue;
      let at = 9;
      for (; at > 0 && topScores[at - 1] < score; at--) {
        topScores[at] = topScores[at - 1];
        top[at] = top[at - 1];
      }
      topScores[at] = score;
      top[at] = j;
    }
    const answered = [];
    for (let at = 0; at < 10 && top[at] >= 0; at++)
      answered.push({ id: items[top[at]], score: topScores[at] });
    lines.push(JSON.stringify({ items: answered }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
