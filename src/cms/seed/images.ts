import sharp from 'sharp'

/** Palettes drawn from Central Asian textiles: indigo, pomegranate, saffron, turquoise. */
const palettes: [string, string, string][] = [
  ['#0b5566', '#083f4c', '#e9b949'],
  ['#7a2e1f', '#4f1c13', '#f1c27d'],
  ['#1f4e79', '#14324f', '#8fd3c7'],
  ['#5b3a78', '#3a2450', '#f0b86e'],
  ['#2f6b3a', '#1d4525', '#f3d27a'],
  ['#8a5a12', '#5c3b0a', '#b9e0e6'],
]

function hash(text: string): number {
  let h = 2166136261
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619)
  return h >>> 0
}

/** An eight-pointed star (a motif of Tajik ornament) centred at x, y. */
function star(x: number, y: number, r: number, fill: string, opacity: number): string {
  const points: string[] = []
  for (let i = 0; i < 16; i++) {
    const radius = i % 2 === 0 ? r : r * 0.55
    const angle = (Math.PI / 8) * i
    points.push(`${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`)
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}" fill-opacity="${opacity}"/>`
}

/**
 * A deterministic ornamental cover image (JPEG, 1600×900) for demo content, so the demo has
 * real images to resize and serve without shipping photographs.
 */
export async function ornamentImage(key: string): Promise<Buffer> {
  const h = hash(key)
  const [c1, c2, accent] = palettes[h % palettes.length]
  const width = 1600
  const height = 900
  const step = 150 + (h % 4) * 30
  const shapes: string[] = []
  for (let y = -step; y < height + step; y += step) {
    for (let x = -step; x < width + step; x += step) {
      const offset = (Math.round(y / step) % 2) * (step / 2)
      shapes.push(star(x + offset, y, step * 0.36, '#ffffff', 0.09))
      shapes.push(`<circle cx="${x + offset}" cy="${y}" r="${(step * 0.08).toFixed(1)}" fill="${accent}" fill-opacity="0.35"/>`)
    }
  }
  const cx = 1000 + (h % 400)
  const cy = 300 + ((h >> 8) % 300)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  ${shapes.join('')}
  <circle cx="${cx}" cy="${cy}" r="260" fill="${accent}" fill-opacity="0.18"/>
  ${star(cx, cy, 200, accent, 0.55)}
  ${star(cx, cy, 120, '#ffffff', 0.25)}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
