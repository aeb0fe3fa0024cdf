/**
 * What a widget says about a link value it could not use as given, in English and Japanese.
 * Shared by the widgets whose state comes from the declarative schema (dimension, two species);
 * the text quotes the link's value, and callers insert it as text, never as markup.
 */
import { fillTemplate } from '../template';
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
  return fillTemplate(TEXT[lang][n.kind], vars, `notice ${n.kind} (${lang})`);
}

/**
 * The part of a DOM element that showNotices uses, typed here because src/lib is type-checked
 * without the DOM library (it also runs in Node and in workers).
 */
interface NoticeList {
  ownerDocument: { createElement(tag: 'li'): { textContent: string | null } };
  /** Takes the <li>s of its own document (a DOM Node type the structural type cannot name). */
  replaceChildren(...items: never[]): void;
  toggleAttribute(name: 'hidden', force: boolean): boolean;
}

/** Fill a <ul data-notices> with one <li> per notice (text only); hidden when there is none. */
export function showNotices(list: NoticeList | null, lang: 'en' | 'ja', namespace: string, notices: readonly Notice[]): void {
  if (!list) return;
  const items = notices.map((n) => {
    const li = list.ownerDocument.createElement('li');
    li.textContent = noticeText(lang, namespace, n);
    return li;
  });
  list.replaceChildren(...(items as never[]));
  list.toggleAttribute('hidden', notices.length === 0);
}
