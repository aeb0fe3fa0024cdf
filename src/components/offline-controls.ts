// The About page's offline controls: "Save the whole site for offline use" asks the service
// worker (scripts/service-worker.template.js) to download its manifest and shows progress;
// "Remove offline copy" deletes the caches, unregisters the worker and remembers the choice.
import { fillTemplate } from '../lib/template';
import { CACHE_PREFIX, activeWorker, optedOut, registerOffline, setOptedOut } from './sw-client';

type Text = Record<'unsupported' | 'checking' | 'kept' | 'saved' | 'off' | 'saving' | 'failed' | 'quota' | 'removed' | 'error', string>;
type State = 'unsupported' | 'checking' | 'kept' | 'saved' | 'off' | 'saving' | 'failed' | 'removed' | 'error';

interface Status {
  type: 'status';
  files: number;
  bytes: number;
  savedFiles: number;
  savedBytes: number;
}
interface Progress {
  type: 'progress';
  done: number;
  files: number;
  bytes: number;
  totalBytes: number;
}
interface Done {
  type: 'done';
  ok: boolean;
  failed: string[];
  error: string;
  totalBytes: number;
}

/** Announce progress at most this often: a live region updated per file would flood a screen reader. */
const PROGRESS_EVERY_MS = 1000;
/** The layout registers the worker when the page is idle; give up waiting for its answer after this. */
const READY_TIMEOUT_MS = 15_000;

const root = document.querySelector<HTMLElement>('[data-offline-controls]');
if (root) init(root);

function init(root: HTMLElement): void {
  const text = JSON.parse(root.dataset.text ?? '{}') as Text;
  const lang = document.documentElement.lang || 'en';
  const save = root.querySelector<HTMLButtonElement>('[data-action="offline-save"]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-action="offline-remove"]')!;
  const bar = root.querySelector<HTMLProgressElement>('[data-role="offline-progress"]')!;
  const line = root.querySelector<HTMLElement>('[data-role="offline-status"]')!;
  const megabytes = (bytes: number) => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

  function show(state: State, message: string): void {
    root.dataset.state = state;
    line.textContent = message;
    const busy = state === 'saving' || state === 'checking';
    save.disabled = busy || state === 'unsupported';
    remove.disabled = busy || state === 'unsupported';
  }

  function showError(error: unknown): void {
    show('error', fillTemplate(text.error, { message: error instanceof Error ? error.message : String(error) }));
  }

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    show('unsupported', text.unsupported);
    return;
  }

  /** One request/answer with the worker over a private channel; `onMessage` returns true when done. */
  function talk(worker: ServiceWorker, message: object, onMessage: (data: Status | Progress | Done) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        if ((event.data as { type?: string })?.type === 'unavailable') {
          // public/sw.js: a build made without scripts/service-worker.ts.
          channel.port1.close();
          reject(new Error('this build has no offline manifest'));
        } else if (onMessage(event.data)) {
          channel.port1.close();
          resolve();
        }
      };
      worker.postMessage(message, [channel.port2]);
    });
  }

  async function refresh(): Promise<void> {
    if (optedOut()) {
      show('off', text.off);
      return;
    }
    show('checking', text.checking);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the offline worker did not answer')), READY_TIMEOUT_MS));
    try {
      // The layout registers the worker once the page is idle; this waits for it.
      const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
      const asked = talk(await activeWorker(registration), { type: 'status' }, (data) => {
        if (data.type !== 'status') return false;
        const size = megabytes(data.bytes);
        if (data.savedFiles === data.files) show('saved', fillTemplate(text.saved, { size }));
        else show('kept', fillTemplate(text.kept, { size }));
        return true;
      });
      await Promise.race([asked, timeout]);
    } catch (error) {
      showError(error);
    }
  }

  save.addEventListener('click', async () => {
    setOptedOut(false);
    show('saving', text.checking);
    bar.hidden = false;
    bar.removeAttribute('value');
    let lastShown = 0;
    try {
      const worker = await registerOffline();
      await talk(worker, { type: 'precache-all' }, (data) => {
        if (data.type === 'progress') {
          bar.max = data.files;
          bar.value = data.done;
          const now = performance.now();
          if (now - lastShown >= PROGRESS_EVERY_MS) {
            lastShown = now;
            const vars = { done: data.done, total: data.files, bytes: megabytes(data.bytes), size: megabytes(data.totalBytes) };
            show('saving', fillTemplate(text.saving, vars));
          }
          return false;
        }
        if (data.type !== 'done') return false;
        bar.hidden = true;
        const size = megabytes(data.totalBytes);
        if (data.ok) show('saved', fillTemplate(text.saved, { size }));
        else if (data.error === 'quota') show('failed', text.quota);
        else show('failed', fillTemplate(text.failed, { n: data.failed.length }));
        return true;
      });
    } catch (error) {
      bar.hidden = true;
      showError(error);
    }
  });

  remove.addEventListener('click', async () => {
    setOptedOut(true);
    show('checking', text.checking);
    try {
      const registrations = await navigator.serviceWorker.getRegistrations();
      // Tell the running worker first: it may control other tabs and must stop keeping files.
      await Promise.all(
        registrations.map((registration) =>
          registration.active
            ? Promise.race([talk(registration.active, { type: 'forget' }, () => true), new Promise((resolve) => setTimeout(resolve, 3000))])
            : undefined,
        ),
      );
      for (const registration of registrations) await registration.unregister();
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
      show('removed', text.removed);
    } catch (error) {
      showError(error);
    }
  });

  void refresh();
}
