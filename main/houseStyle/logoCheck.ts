import { LOGO_MAX_BYTES } from '../../preload/contract';
import { said, ServiceError, type ErrorKey, type Said } from '../api/serviceError';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SIDE = 5000;
const MIN_SIDE = 16;

const bad = (message: ErrorKey | Said) => new ServiceError('VALIDATION', message, { logo: message });
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
/** Which picture is meant: the logo itself or the PNG rendering of an SVG logo. */
export type LogoPart = 'logo' | 'png';

export function decodeBase64(s: string, what: LogoPart): Buffer {
  const clean = s.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw bad(what === 'png' ? 'logo.pngNotBase64' : 'logo.notBase64');
  return Buffer.from(clean, 'base64');
}

export function checkSize(buf: Buffer) {
  if (buf.length > LOGO_MAX_BYTES) throw bad(said('logo.tooLarge', { size: mb(buf.length), max: mb(LOGO_MAX_BYTES) }));
  if (buf.length === 0) throw bad('logo.empty');
}

/** Width and height from the IHDR chunk; refuses anything that is not a PNG. */
export function pngSize(buf: Buffer, what: LogoPart = 'logo'): { width: number; height: number } {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw bad(what === 'png' ? 'logo.pngNotPng' : 'logo.notPng');
  }
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  if (width < MIN_SIDE || height < MIN_SIDE) throw bad(said(what === 'png' ? 'logo.pngTooSmall' : 'logo.tooSmall', { width: String(width), height: String(height), min: String(MIN_SIDE) }));
  if (width > MAX_SIDE || height > MAX_SIDE) throw bad(said(what === 'png' ? 'logo.pngTooBig' : 'logo.tooBig', { width: String(width), height: String(height), max: String(MAX_SIDE) }));
  return { width, height };
}

/** An SVG is text with an <svg> root and nothing that runs or fetches: no scripts, event handlers or external references. */
export function checkSvg(buf: Buffer) {
  const text = buf.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) throw bad('logo.notSvg');
  if (/<script[\s>]/i.test(text) || /\son[a-z]+\s*=/i.test(text) || /<foreignObject[\s>]/i.test(text)) throw bad('logo.svgScript');
  if (/(?:xlink:)?href\s*=\s*["']\s*(?:https?:|file:|\/\/)/i.test(text)) throw bad('logo.svgExternal');
}
