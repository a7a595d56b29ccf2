const MAX_LINES = 3;
const LINE_LENGTH = 18;

/**
 * A generated product picture (SVG, 600x600): a colour per category, a shape per product, the product's title
 * (three lines at most, the last cut with an ellipsis) above its brand. Nothing is fetched from the internet;
 * the same product always gets the same picture.
 */
export function productImage(title: string, brand: string, category: string): string {
  const hue = hashOf(category) % 360;
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < LINE_LENGTH) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) {
    shown[MAX_LINES - 1] = `${shown[MAX_LINES - 1]!.slice(0, LINE_LENGTH - 1)}…`;
  }
  const text = shown
    .map((line, index) => `<tspan x="300" dy="${index === 0 ? 0 : 50}">${escapeXml(line)}</tspan>`)
    .join('');
  const fill = `hsl(${hue} 50% 62%)`;
  const shapes = [
    `<circle cx="300" cy="190" r="105" fill="${fill}"/>`,
    `<rect x="195" y="85" width="210" height="210" rx="36" fill="${fill}"/>`,
    `<path d="M300 80 L410 190 L300 300 L190 190 Z" fill="${fill}"/>`,
    `<ellipse cx="300" cy="190" rx="135" ry="90" fill="${fill}"/>`,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="hsl(${hue} 45% 88%)"/>
${shapes[hashOf(title) % shapes.length]}
<text x="300" y="375" text-anchor="middle" font-family="sans-serif" font-size="40" fill="hsl(${hue} 40% 20%)">${text}</text>
<text x="300" y="560" text-anchor="middle" font-family="sans-serif" font-size="26" fill="hsl(${hue} 30% 35%)">${escapeXml(brand)}</text>
</svg>
`;
}

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
