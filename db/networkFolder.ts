import fs from 'node:fs';
import path from 'node:path';

/** Linux file-system types that put the data file on another machine. */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'smb', 'fuse.sshfs', 'davfs', 'fuse.davfs2', 'afs', 'fuse.rclone', '9p', 'ceph', 'glusterfs']);

/** Folder names of sync clients; a SQLite file synced mid-write comes back damaged. */
const CLOUD_FOLDERS: [RegExp, string][] = [
  [/^onedrive( - .*)?$/i, 'OneDrive'],
  [/^dropbox( \(.*\))?$/i, 'Dropbox'],
  [/^(google ?drive|my drive|mit drev|googledrive-.*)$/i, 'Google Drive'],
  [/^icloud ?drive$|^mobile documents$|^com~apple~clouddocs$/i, 'iCloud'],
  [/^cloudstorage$/i, 'en skytjeneste'],
  [/^box( sync)?$/i, 'Box'],
];

export interface LocationProbe {
  platform: NodeJS.Platform;
  /** Contents of /proc/mounts, or null where there is none. */
  mounts: () => string | null;
}

const defaultProbe: LocationProbe = {
  platform: process.platform,
  mounts: () => {
    try {
      return fs.readFileSync('/proc/mounts', 'utf8');
    } catch {
      return null;
    }
  },
};

/** Why the path is unsafe for a SQLite file (e.g. "OneDrive", "et netværksdrev (nfs)"), or null when it is local. */
export function networkFolderReason(file: string, probe: LocationProbe = defaultProbe): string | null {
  const raw = file.replace(/\//g, probe.platform === 'win32' ? '\\' : '/');
  if (/^\\\\/.test(raw) || (probe.platform === 'win32' && /^\/\//.test(file))) return 'et netværksdrev (UNC-sti)';
  const segments = file.split(/[\\/]+/).filter(Boolean);
  for (const seg of segments) {
    for (const [re, name] of CLOUD_FOLDERS) if (re.test(seg)) return name;
  }
  if (probe.platform === 'linux') {
    const fsType = mountTypeOf(file, probe.mounts());
    if (fsType && NETWORK_FS.has(fsType)) return `et netværksdrev (${fsType})`;
  }
  return null;
}

/** The fs type of the longest mount point containing the file. */
export function mountTypeOf(file: string, mounts: string | null): string | null {
  if (!mounts) return null;
  const target = path.posix.resolve(file);
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    const p = point.replace(/\\(\d{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
    const inside = p === '/' || target === p || target.startsWith(`${p}/`);
    if (inside && (!best || p.length > best.point.length)) best = { point: p, type };
  }
  return best?.type ?? null;
}

export class NetworkFolderError extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: string,
  ) {
    super(
      `Datafilen ligger i ${reason}: ${file}\n\nEn SQLite-datafil kan blive beskadiget, når den synkroniseres eller deles over netværket. ` +
        'Flyt filen til en lokal mappe på denne pc. Vil du alligevel åbne den, så start Samspil med --allow-network-folder.',
    );
    this.name = 'NetworkFolderError';
  }
}
