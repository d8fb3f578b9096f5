// The text of a timed report (出行报备) from its template.
/**
 * The text of a timed report (出行报备) from its template. `{key}` is replaced by the field's
 * text, or "—" when it is empty, so the school sees that something was not given. A part in
 * `[…]` is optional: it is left out whole when a placeholder inside it is empty, so that a
 * teacher who visits alone sends “王老师于…出发”, not “王老师（随访：—）于…出发”.
 */
export function fillReport(template: string, text: (key: string) => string): string {
  const value = (key: string) => text(key).trim();
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (_, k: string) => value(k) || '—');
  return template
    .split(/(\[[^\]]*\])/)
    .map((part) => {
      if (!part.startsWith('[') || !part.endsWith(']')) return fill(part);
      const inner = part.slice(1, -1);
      const keys = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      return keys.every((k) => value(k)) ? fill(inner) : '';
    })
    .join('');
}
