/**
 * What a widget says about a link value it could not use as given, in English and Japanese.
 * Shared by the widgets whose state comes from the declarative schema (dimension, two species);
 * the text quotes the link's value, and callers insert it as text, never as markup.
 */
import type { Notice } from './schema';

const TEXT = {
  en: {
    clamped: 'The link set {key} to “{raw}”, which is out of range; {value} is used instead.',
    rejected: 'The link’s value “{raw}” for {key} is not valid; {value} is used instead.',
    unknown: 'The link has a setting “{key}” this widget does not know; it was ignored.',
    adjusted: 'The link’s {key} “{raw}” was changed to {value}.',
  },
  ja: {
    clamped: 'リンクの {key} の値「{raw}」は範囲外のため、{value} を使います。',
    rejected: 'リンクの {key} の値「{raw}」は無効なため、{value} を使います。',
    unknown: 'リンクに、このウィジェットが知らない設定「{key}」がありました。無視しました。',
    adjusted: 'リンクの {key}「{raw}」を {value} に変更しました。',
  },
} as const;

export function noticeText(lang: 'en' | 'ja', namespace: string, n: Notice): string {
  const vars: Record<string, string> = { key: `${namespace}.${n.key}`, raw: n.raw, value: n.value ?? '' };
  return TEXT[lang][n.kind].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Fill a <ul data-notices> with one <li> per notice (text only). */
export function showNotices(list: Element | null, lang: 'en' | 'ja', namespace: string, notices: readonly Notice[]): void {
  if (!list) return;
  list.replaceChildren(
    ...notices.map((n) => {
      const li = document.createElement('li');
      li.textContent = noticeText(lang, namespace, n);
      return li;
    }),
  );
  (list as HTMLElement).hidden = notices.length === 0;
}
