/** Draws an SVG file on a canvas and returns a PNG (base64), so PDF, Excel and Word can show the logo. */
export async function svgToPng(svgText: string, maxSide = 800): Promise<string> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg'));
      img.src = url;
    });
    const w0 = img.naturalWidth || 300;
    const h0 = img.naturalHeight || 150;
    const scale = maxSide / Math.max(w0, h0);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(16, Math.round(w0 * scale));
    canvas.height = Math.max(16, Math.round(h0 * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}
