// Glossary tooltips are shown by CSS on hover and focus; this script adds what CSS cannot:
// Escape dismisses an open tooltip (WCAG 1.4.13), and a tooltip near the right edge is
// shifted back into the viewport so it never causes horizontal scrolling.

function place(term: HTMLElement): void {
  const tip = term.querySelector<HTMLElement>('.term__tip');
  if (!tip) return;
  tip.style.removeProperty('--shift');
  const rect = tip.getBoundingClientRect();
  const overflow = rect.right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.setProperty('--shift', `${-Math.min(overflow, rect.left - 8)}px`);
}

for (const term of document.querySelectorAll<HTMLElement>('[data-term]')) {
  const show = () => {
    term.classList.remove('is-dismissed');
    requestAnimationFrame(() => place(term));
  };
  term.addEventListener('mouseenter', show);
  term.addEventListener('focusin', show);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll<HTMLElement>('[data-term]')) term.classList.add('is-dismissed');
});
