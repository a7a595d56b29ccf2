#!/usr/bin/env python3
"""MovieLens picks-for-you against dense EASE on splits none of our code drew, run as a user runs the CLI.

For each seed: numpy's generator holds out 25% of each user's ratings (rounded), dense EASE (lambda 300, binary,
numpy) scores the rest, and `aisle-engine train` + `aisle-engine recommend` answer picks-for-you for every user;
both are scored by the nDCG@10 below (a rated film never counts as recommended). Needs numpy and a built engine.
The ratings are MovieLens-100k's u.data (tab-separated) or a newer set's ratings.csv (userId,movieId,rating,
timestamp with a header line, e.g. ml-latest-small: 9,700 films, 610 users).
usage: python3 scripts/independentSplits.py [SEEDS, default 1,2,...,12] [u.data or ratings.csv path]
AISLE_CONFIG=FILE.json passes an engine configuration to `aisle-engine train` (e.g. {"ridge": {"denseMaxProducts": 0}}
to measure the local form).
"""
import json, os, subprocess, sys, tempfile
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
seeds = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else ','.join(map(str, range(1, 13)))).split(',')]
data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '../../../../shared/datasets/movielens-100k/u.data')
cli = os.path.join(here, '../dist/cli/aisle-engine.js')
if data.endswith('.csv'):
    rows = [line.rstrip('\n').split(',') for line in list(open(data))[1:] if line.strip()]
else:
    rows = [line.rstrip('\n').split('\t') for line in open(data) if line.strip()]


def ndcg(ranked, relevant):
    dcg = sum(1 / np.log2(k + 2) for k, item in enumerate(ranked[:10]) if item in relevant)
    return dcg / sum(1 / np.log2(k + 2) for k in range(min(10, len(relevant))))


diffs = []
for seed in seeds:
    rng = np.random.default_rng(seed)
    by_user = {}
    for row in rows:
        by_user.setdefault(row[0], []).append(row)
    train, test = [], {}
    for user, ratings in by_user.items():
        held = int(round(0.25 * len(ratings)))
        for rank, i in enumerate(rng.permutation(len(ratings))):
            if rank < held:
                test.setdefault(user, set()).add(ratings[i][1])
            else:
                train.append(ratings[i])
    users = sorted(test)
    items = sorted({r[1] for r in train})
    item_index = {item: n for n, item in enumerate(items)}
    shoppers = sorted({r[0] for r in train})
    user_index = {user: n for n, user in enumerate(shoppers)}
    x = np.zeros((len(shoppers), len(items)))
    for r in train:
        x[user_index[r[0]], item_index[r[1]]] = 1
    if x.shape[0] < x.shape[1]:
        # Fewer users than films: the same inverse through the users' system (Woodbury), far cheaper.
        p = (np.eye(x.shape[1]) - x.T @ np.linalg.solve(x @ x.T + 300 * np.eye(x.shape[0]), x)) / 300
    else:
        gram = x.T @ x
        gram[np.diag_indices_from(gram)] += 300
        p = np.linalg.inv(gram)
    b = -p / np.diag(p)
    b[np.diag_indices_from(b)] = 0
    scores = x @ b
    scores[x > 0] = -np.inf
    ease = np.mean([ndcg([items[j] for j in np.argsort(-scores[user_index[u]])[:10]], test[u]) for u in users])
    with tempfile.TemporaryDirectory() as work:
        train_file, model = os.path.join(work, 'train.tsv'), os.path.join(work, 'model.bin')
        with open(train_file, 'w') as out:
            out.writelines('\t'.join(r) + '\n' for r in train)
        config = ['--config', os.environ['AISLE_CONFIG']] if os.environ.get('AISLE_CONFIG') else []
        subprocess.run(['node', cli, 'train', '--interactions', train_file, '--out', model] + config, check=True, capture_output=True)
        requests = ''.join(json.dumps({'list': 'picks-for-you', 'userId': u, 'limit': 10}) + '\n' for u in users)
        answers = subprocess.run(['node', cli, 'recommend', '--model', model], input=requests, capture_output=True,
                                 text=True, check=True).stdout.splitlines()
    ours = np.mean([ndcg([item['id'] for item in json.loads(a)['items']], test[u]) for u, a in zip(users, answers)])
    diffs.append(ours - ease)
    print(f'seed {seed}: aisle {ours:.4f}  EASE {ease:.4f}  {ours - ease:+.4f}', flush=True)
print(f'mean {np.mean(diffs):+.4f}, below EASE on {sum(d < 0 for d in diffs)} of {len(diffs)} seeds (worst {min(diffs):+.4f})')
