/** File names that Windows, macOS and Linux all accept; Danish letters are kept. */
export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '-' : c)).join('');
  return printable.replace(/[\\/:*?"<>|]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 150);
}
