import type { RecommendedProduct } from '../types';

const NAMES = [
  'Merino wool scarf',
  'Canvas tote bag',
  'Ceramic pour-over coffee dripper',
  'Linen napkins, set of four',
  'Walnut cutting board',
  'Enamel camping mug',
  'Beeswax candle',
  'Cast iron skillet 26 cm',
  'Organic cotton throw',
  'Stoneware dinner plate',
  'Glass storage jar',
  'Leather card holder',
  'Wool felt slippers',
  'Bamboo dish brush',
  'Copper measuring cups',
  'Hand-thrown bud vase',
];

/** A square picture of one colour, inline, so that stories and tests load nothing from the network. */
function picture(hue: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="hsl(${hue} 45% 70%)"/><circle cx="200" cy="200" r="110" fill="hsl(${hue} 45% 45%)"/></svg>`;
  return 'data:image/svg+xml,' + encodeURIComponent(svg);
}

/** A small demo catalog as the plugin serves it (ids p1..p16, prices in EUR). */
export const catalog: RecommendedProduct[] = NAMES.map((title, index) => ({
  id: `p${index + 1}`,
  documentId: `doc${index + 1}`,
  title,
  price: 9.5 + index * 4.25,
  currency: 'EUR',
  image: { url: picture((index * 47) % 360), alternativeText: title, width: 400, height: 400 },
  category: ['Home', index % 2 ? 'Kitchen' : 'Living'],
  available: true,
}));
