import { LOGO_MAX_BYTES } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SIDE = 5000;
const MIN_SIDE = 16;

const bad = (message: string) => new ServiceError('VALIDATION', message, { logo: [message] });
const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;

export function decodeBase64(s: string, what: string): Buffer {
  const clean = s.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw bad(`${what} kunne ikke læses (ikke gyldig base64).`);
  return Buffer.from(clean, 'base64');
}

export function checkSize(buf: Buffer) {
  if (buf.length > LOGO_MAX_BYTES) throw bad(`Logoet fylder ${mb(buf.length)}; det må højst fylde ${mb(LOGO_MAX_BYTES)}. Gem det i en mindre opløsning og prøv igen.`);
  if (buf.length === 0) throw bad('Logofilen er tom.');
}

/** Width and height from the IHDR chunk; refuses anything that is not a PNG. */
export function pngSize(buf: Buffer, what = 'Logoet'): { width: number; height: number } {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw bad(`${what} er ikke en gyldig PNG-fil.`);
  }
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  if (width < MIN_SIDE || height < MIN_SIDE) throw bad(`${what} er kun ${width} × ${height} punkter; brug mindst ${MIN_SIDE} × ${MIN_SIDE}.`);
  if (width > MAX_SIDE || height > MAX_SIDE) throw bad(`${what} er ${width} × ${height} punkter; højst ${MAX_SIDE} × ${MAX_SIDE}.`);
  return { width, height };
}

/** An SVG is text with an <svg> root and nothing that runs or fetches: no scripts, event handlers or external references. */
export function checkSvg(buf: Buffer) {
  const text = buf.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) throw bad('Logoet er ikke en gyldig SVG-fil (ingen <svg>).');
  if (/<script[\s>]/i.test(text) || /\son[a-z]+\s*=/i.test(text) || /<foreignObject[\s>]/i.test(text)) throw bad('SVG-logoet indeholder script eller indlejret HTML og kan ikke bruges.');
  if (/(?:xlink:)?href\s*=\s*["']\s*(?:https?:|file:|\/\/)/i.test(text)) throw bad('SVG-logoet henter filer udefra og kan ikke bruges; indlejr billederne i filen.');
}
