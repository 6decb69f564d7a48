import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The Electron binary is not installed: record what the shell registers instead.
const registry = vi.hoisted(() => ({
  handles: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  handleCount: new Map<string, number>(),
  protocolHandler: null as null | ((req: { url: string }) => Promise<Response>),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (name: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => {
      registry.handles.set(name, fn);
      registry.handleCount.set(name, (registry.handleCount.get(name) ?? 0) + 1);
    },
  },
  protocol: {
    handle: (_scheme: string, fn: (req: { url: string }) => Promise<Response>) => (registry.protocolHandler = fn),
    registerSchemesAsPrivileged: () => undefined,
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog: async () => ({ canceled: true }) },
}));

import { openDatabase, type Database } from '../../db/database';
import { registerIpc } from '../../main/shell/ipc';
import { serveRenderer } from '../../main/shell/protocol';
import { APP_ORIGIN, hardenContents, isAppUrl, windowOptions } from '../../main/shell/security';
import { loadDemoData } from '../../main/demo/demoData';
import { channelNames, ipcChannel } from '../../preload/contract';
import { ctxOf, tempFile } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';

const ROOT = path.resolve(__dirname, '../..');

/** 60-odd URLs that must never count as the app. */
const FOREIGN_URLS = [
  'samspil://app.evil', 'samspil://app.evil/index.html', 'samspil://app@evil', 'samspil://app@evil/index.html', 'samspil://user:pw@app/',
  'samspil://evil/', 'samspil://app:80/', 'samspil://APP.evil/', 'samspil://app%2eevil/', 'samspil://ap%70/', 'samspil:app', 'samspil:/app/',
  'samspil://', 'SAMSPIL://app.evil/', 'samspil2://app/', 'xsamspil://app/', 'samspi1://app/',
  'file:///etc/passwd', 'file://app/index.html', 'file:///C:/Windows/System32/', 'https://app/', 'https://samspil.dk/', 'https://evil.example/',
  'http://127.0.0.1:5173/', 'http://localhost/', 'https://app.example.com.attacker.com/', 'https://evil.example/samspil://app/',
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'blob:samspil://app/1234',
  'blob:https://evil.example/1234', 'about:blank', 'about:srcdoc', 'chrome://settings', 'devtools://devtools/bundled/inspector.html',
  'view-source:samspil://app/', 'ws://127.0.0.1:1/', 'wss://evil.example/', 'ftp://evil.example/', 'mailto:a@b.dk', 'tel:+4512345678',
  'smb://server/share', '\\\\server\\share\\index.html', '//evil.example/', '/index.html', 'index.html', '', ' ', 'samspil://app\u0000.evil/',
  'http://[::1]/', 'https://xn--samspl-cta.dk/', 'samspil://xn--app-evil/', 'intent://app#Intent;scheme=samspil;end', 'ms-msdt:/id',
  'search-ms:query=samspil', 'vbscript:msgbox(1)', 'filesystem:samspil://app/temporary/x',
];
const APP_URLS = [`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/index.html#/actors`, `${APP_ORIGIN}/assets/index.js?v=1`];

const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media', 'mediaKeySystem',
  'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access',
  'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb', 'background-sync',
];

interface FakeContents {
  on: (ev: string, fn: (...a: unknown[]) => void) => void;
  setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => void;
  session: {
    setPermissionRequestHandler: (fn: (wc: unknown, p: string, cb: (ok: boolean) => void) => void) => void;
    setPermissionCheckHandler: (fn: (wc: unknown, p: string) => boolean) => void;
  };
}

function fakeContents() {
  const events = new Map<string, (...a: unknown[]) => void>();
  const h: { open?: (d: { url: string }) => { action: string }; request?: (wc: unknown, p: string, cb: (ok: boolean) => void) => void; check?: (wc: unknown, p: string) => boolean } = {};
  const contents: FakeContents = {
    on: (ev, fn) => void events.set(ev, fn),
    setWindowOpenHandler: (fn) => void (h.open = fn),
    session: { setPermissionRequestHandler: (fn) => void (h.request = fn), setPermissionCheckHandler: (fn) => void (h.check = fn) },
  };
  return { contents, events, h };
}

describe('window and web contents hardening', () => {
  it('windowOptions keeps every security flag at its safe value', () => {
    const wp = windowOptions('/app/out/preload/index.js').webPreferences!;
    expect(wp).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, disableBlinkFeatures: 'Auxclick' });
    expect(wp).not.toHaveProperty('enableBlinkFeatures');
    expect(wp.preload).toBe('/app/out/preload/index.js');
  });

  it('navigation, redirects and new windows are refused for the URL corpus; the app itself may navigate', () => {
    const { contents, events, h } = fakeContents();
    hardenContents(contents as never);
    let allowed = 0;
    for (const url of FOREIGN_URLS) {
      expect(isAppUrl(url), url).toBe(false);
      for (const ev of ['will-navigate', 'will-redirect']) {
        const event = { preventDefault: vi.fn() };
        events.get(ev)!(event, url);
        if (event.preventDefault.mock.calls.length === 0) allowed++;
      }
    }
    for (const url of [...FOREIGN_URLS, ...APP_URLS]) if (h.open!({ url }).action !== 'deny') allowed++;
    for (const url of APP_URLS) {
      const event = { preventDefault: vi.fn() };
      events.get('will-navigate')!(event, url);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    events.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    recordFigure('Navigation / window-open corpus', FOREIGN_URLS.length * 3 + APP_URLS.length, allowed, 'will-navigate, will-redirect, setWindowOpenHandler');
    expect(allowed).toBe(0);
  });

  it('every permission request and check is denied', () => {
    const { contents, h } = fakeContents();
    hardenContents(contents as never);
    let granted = 0;
    for (const p of PERMISSIONS) {
      h.request!(null, p, (ok) => void (ok && granted++));
      if (h.check!(null, p)) granted++;
    }
    recordFigure('Permission requests', PERMISSIONS.length * 2, granted);
    expect(granted).toBe(0);
  });
});

describe('IPC registration and sender checks', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ file: tempFile() });
    await loadDemoData(db);
    registerIpc(ctxOf(db));
  }, 60_000);
  afterAll(() => db.close());

  it('every contract channel has exactly one ipcMain.handle, and nothing else is registered', () => {
    expect([...registry.handles.keys()].sort()).toEqual(channelNames.map(ipcChannel).sort());
    expect([...registry.handleCount.values()].every((n) => n === 1)).toBe(true);
  });

  it('untrusted senders (none, foreign URL, subframe, lookalike) get FORBIDDEN on every channel; the app frame is served', async () => {
    const top = { url: `${APP_ORIGIN}/index.html`, parent: null };
    const senders = [
      { senderFrame: null },
      { senderFrame: undefined },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///index.html', parent: null } },
      { senderFrame: { url: 'samspil://app.evil/index.html', parent: null } },
      { senderFrame: { url: 'samspil://app@evil/index.html', parent: null } },
      { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: top } },
    ];
    const before = dumpHash(db.raw());
    let accepted = 0;
    for (const name of channelNames) {
      for (const s of senders) {
        const res = (await registry.handles.get(ipcChannel(name))!({ ...s, sender: {} }, { name: 'Angriber', kind: 'company', id: 1 })) as { ok: boolean; error?: { code: string } };
        if (res.ok || res.error?.code !== 'FORBIDDEN') accepted++;
      }
    }
    expect(dumpHash(db.raw())).toBe(before);
    const good = (await registry.handles.get(ipcChannel('organisations.list'))!({ senderFrame: top, sender: {} }, {})) as { ok: boolean };
    expect(good.ok).toBe(true);
    recordFigure('IPC untrusted senders', channelNames.length * senders.length, accepted, `${channelNames.length} channels × ${senders.length} senders`);
    expect(accepted).toBe(0);
  });
});

describe('samspil:// protocol handler', () => {
  let root: string;
  beforeAll(() => {
    const dir = path.dirname(tempFile());
    root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<title>Samspil</title>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'HEMMELIG');
    fs.writeFileSync(path.join(dir, 'renderer-evil.txt'), 'HEMMELIG');
    serveRenderer(root);
  });

  it('serves the app and refuses path traversal', async () => {
    const handler = registry.protocolHandler!;
    expect(await (await handler({ url: `${APP_ORIGIN}/index.html` })).text()).toContain('Samspil');
    const corpus = ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/assets/../../secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/%252e%252e%252fsecret.txt', '/../renderer-evil.txt', '/..%2frenderer-evil.txt', '/%2e%2e%2frenderer-evil.txt',
      '/%2fetc%2fpasswd', '//etc/passwd', '/index.html%00.js', '/%c0%ae%c0%ae/secret.txt', '/.%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'];
    let leaked = 0;
    for (const p of corpus) {
      const res = await handler({ url: `${APP_ORIGIN}${p}` }).catch(() => new Response('', { status: 400 }));
      const body = await res.text();
      if (res.status === 200 || body.includes('HEMMELIG') || body.includes('root:')) leaked++;
    }
    recordFigure('Protocol handler traversal', corpus.length, leaked);
    expect(leaked).toBe(0);
  });
});

describe('packaging and import boundaries', () => {
  it('electron-builder.yml sets the required fuses', () => {
    // js-yaml arrives with electron-builder; `yaml` is not installed (see the reliability report).
    const yaml = createRequire(__filename)('js-yaml') as { load: (s: string) => unknown };
    const cfg = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    expect(cfg).toMatchObject({ appId: 'dk.samspil.app', productName: 'Samspil' });
    expect(cfg.files).toContain('out/**');
    expect(cfg.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('only main/index.ts, main/shell/* and the preload bridge import electron', () => {
    const importers: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && /(from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\))/.test(fs.readFileSync(p, 'utf8'))) {
          importers.push(path.relative(ROOT, p).replace(/\\/g, '/'));
        }
      }
    };
    for (const d of ['main', 'db', 'preload', 'renderer']) walk(path.join(ROOT, d));
    const allowed = (f: string) => f === 'main/index.ts' || f.startsWith('main/shell/') || f === 'preload/index.ts';
    expect(importers.filter((f) => !allowed(f))).toEqual([]);
    expect(importers).toContain('main/index.ts');
  });
});
