/**
 * The site's one interpolation rule: `{name}` in a template is replaced by `vars.name` (a string, or a
 * number written with String()). Lives in src/lib so that code without the DOM or the site's
 * dictionaries (link notices, client scripts) fills templates the same way as the dictionaries do.
 */

/** Values for a template's `{name}` placeholders. Values a template does not name are ignored. */
export type TemplateVars = Readonly<Record<string, string | number>>;

/** A placeholder: a name of word characters in braces, e.g. `{n}` or `{total}`. */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Thrown when a template names a placeholder the caller gave no value for. Always thrown, in
 * production too: static pages then fail at build time and widgets fail in their tests, where a
 * silent fallback would print "{name}" (or nothing) on a reader's page.
 */
export class MissingVariableError extends Error {
  constructor(
    readonly variable: string,
    readonly where: string,
  ) {
    super(`No value for {${variable}} in ${where}`);
    this.name = 'MissingVariableError';
  }
}

/** The names of a template's placeholders, in order of appearance, each once. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}

/** Fill every `{name}` of `template` from `vars`; `where` names the template in the error. */
export function fillTemplate(template: string, vars: TemplateVars = {}, where = JSON.stringify(template)): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    // `undefined` can arrive despite the types (an optional field spread into vars): treat it as missing.
    if (value === undefined || value === null) throw new MissingVariableError(name, where);
    return String(value);
  });
}
