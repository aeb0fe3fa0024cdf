// Copy-link controls: every `a[data-copy-link]` is a plain #anchor link without JS; with JS a
// click copies the full URL (with hash) and announces the result in the aria-live region.

const announcer = document.getElementById('announcer');

function announce(message: string): void {
  if (!announcer) return;
  // Clearing first makes screen readers announce the same message twice in a row.
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = message), 50);
}

/** Copy through the async clipboard API, or through a hidden textarea where that is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  const hash = new URL(url).hash;
  if (location.hash !== hash) history.pushState(null, '', hash);
  dispatchEvent(new HashChangeEvent('hashchange'));
  const ok = await copyText(url);
  link.dataset.copied = ok ? 'true' : 'false';
  announce((ok ? announcer?.dataset.copied : announcer?.dataset.failed) ?? '');
  setTimeout(() => delete link.dataset.copied, 2000);
});
