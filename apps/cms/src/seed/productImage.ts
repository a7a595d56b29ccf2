/**
 * A generated product picture (SVG, 600x600): a colour per category, the product's title and brand. Nothing is
 * fetched from the internet; the same product always gets the same picture.
 */
export function productImage(title: string, brand: string, category: string): string {
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const words = title.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < 18) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  const text = lines
    .slice(0, 4)
    .map((line, index) => `<tspan x="300" dy="${index === 0 ? 0 : 52}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="hsl(${hue} 45% 88%)"/>
<circle cx="300" cy="210" r="110" fill="hsl(${hue} 50% 62%)"/>
<text x="300" y="400" text-anchor="middle" font-family="sans-serif" font-size="40" fill="hsl(${hue} 40% 20%)">${text}</text>
<text x="300" y="570" text-anchor="middle" font-family="sans-serif" font-size="26" fill="hsl(${hue} 30% 35%)">${escapeXml(brand)}</text>
</svg>
`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
