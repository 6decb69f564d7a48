/** Reads "Navn <adresse>; adresse; …" (as typed or pasted from Outlook) into recipients; what cannot be read is returned. */
export function parseAddresses(text: string): { recipients: { name: string; email: string }[]; bad: string[] } {
  const recipients: { name: string; email: string }[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/[;\n]/)) {
    const part = raw.trim();
    if (!part) continue;
    const named = /^"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>$/.exec(part);
    if (named) recipients.push({ name: named[1]!.trim(), email: named[2]! });
    else if (/^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/.test(part)) recipients.push({ name: '', email: part });
    else bad.push(part);
  }
  return { recipients, bad };
}
