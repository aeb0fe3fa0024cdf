// Search dialog backed by Pagefind, loaded lazily from /pagefind/ on first open.
import { fillTemplate } from '../lib/template';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?(query: string, opts?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps Vite from trying to bundle the file, which exists only after `pagefind` runs.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

if (dialog && openButton) {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const text = dialog.dataset;
  let latest = 0;

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      status.textContent = text.unavailable ?? '';
      return;
    }
    const found = await engine.search(query);
    if (ticket !== latest || !found) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = document.createElement('p');
        // Pagefind escapes page text in excerpts and adds only <mark> around the matches.
        excerpt.innerHTML = item.excerpt;
        li.append(link, excerpt);
        return li;
      }),
    );
    status.textContent = found.results.length ? fillTemplate(text.count ?? '{n}', { n: found.results.length }) : (text.none ?? '');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });

  openButton.hidden = false;
  openButton.addEventListener('click', () => {
    dialog.showModal();
    input.focus();
    if (!pagefind) status.textContent = text.loading ?? '';
    loadPagefind().then(
      () => {
        if (status.textContent === text.loading) status.textContent = '';
      },
      () => (status.textContent = text.unavailable ?? ''),
    );
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
