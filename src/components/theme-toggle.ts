// Dark mode: follows the system until the reader presses the toggle; the choice is kept in
// localStorage and applied before first paint by the inline script in Base.astro.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = root.dataset.theme;
  return chosen ? chosen === 'dark' : systemDark.matches;
}

function render(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(isDark()));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be blocked (private mode); the choice then lasts for this page only.
    }
    render();
  });
}
systemDark.addEventListener('change', render);
render();
