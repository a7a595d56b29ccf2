/**
 * A tiny store: campers rate a tent with a sleeping bag, tea drinkers a mug with a kettle. u4 has only the tent
 * and u7 only the mug, so their best pick is plain.
 */
export const RATINGS_TSV = [
  'u1\ttent\t5\t2024-01-01 10:00:00',
  'u1\tbag\t4\t2024-01-01 10:05:00',
  'u1\tstove\t3\t2024-01-02 09:00:00',
  'u2\ttent\t4\t2024-01-03 10:00:00',
  'u2\tbag\t5\t2024-01-03 10:01:00',
  'u3\ttent\t5\t2024-01-04 11:00:00',
  'u3\tbag\t4\t2024-01-04 11:30:00',
  'u3\tlamp\t2\t2024-01-05 08:00:00',
  'u4\ttent\t5\t2024-01-06 12:00:00',
  'u5\tmug\t5\t2024-01-06 13:00:00',
  'u5\tkettle\t4\t2024-01-06 13:10:00',
  'u6\tmug\t4\t2024-01-07 09:00:00',
  'u6\tkettle\t5\t2024-01-07 09:30:00',
  'u7\tmug\t5\t2024-01-08 10:00:00',
].join('\n');

export const BASKETS_TSV = [
  'o1\t1704103200\ttent|bag',
  'o2\t1704189600\ttent|bag|stove',
  'o3\t1704276000\ttent|bag',
  'o4\t1704362400\tmug|kettle',
  'o5\t1704448800\tmug|kettle|tea',
  'o6\t1704535200\tmug|kettle',
  'o7\t1704621600\tlamp',
].join('\n');

export const CATALOG_JSONL = [
  { id: 'tent', title: 'Two-person tent', category: ['Outdoor', 'Tents'], brand: 'Alpaca', price: 199 },
  { id: 'bag', title: 'Down sleeping bag', category: ['Outdoor', 'Sleeping'], brand: 'Alpaca', price: 149 },
  { id: 'stove', title: 'Camping stove', category: ['Outdoor', 'Cooking'], brand: 'Flame', price: 59 },
  { id: 'mug', title: 'Enamel mug', category: ['Kitchen', 'Mugs'], brand: 'Alpaca', price: 12 },
  { id: 'kettle', title: 'Whistling kettle', category: ['Kitchen', 'Kettles'], brand: 'Flame', price: 35 },
]
  .map((product) => JSON.stringify(product))
  .join('\n');
