import type { ReportTemplate } from './template-schema';

/**
 * Wording and number formatting from the template. No `toLocaleString` or `Intl`: their output depends on
 * the machine's ICU data, and the same evaluation must render the same bytes everywhere.
 */

/** Replaces `{name}` placeholders. The template loader has checked the names, so a missing one is a bug. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{([A-Za-z_]+)\}/g, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`template placeholder {${name}} has no value`);
    return String(v);
  });
}

export class Formatter {
  constructor(private readonly t: ReportTemplate) {}

  /** 1234567.5 → "1,234,567.5" (at most `decimals` decimals, trailing zeros dropped unless `fixed`). */
  number(n: number, decimals = 2, fixed = false): string {
    if (!Number.isFinite(n)) return String(n);
    const neg = n < 0;
    const [int, frac = ''] = Math.abs(n).toFixed(decimals).split('.');
    const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, this.t.format.thousands);
    const f = fixed ? frac : frac.replace(/0+$/, '');
    return `${neg ? '-' : ''}${grouped}${f ? this.t.format.decimal + f : ''}`;
  }

  money(amount: number, currency: string): string {
    return fill(this.t.format.money, { currency, amount: this.number(amount, 2, true) });
  }

  /** Prices per million tokens can be fractions of a cent. */
  price(amount: number, currency: string): string {
    return fill(this.t.format.money, { currency, amount: this.number(amount, 4) });
  }

  percent(value: number): string {
    return fill(this.t.format.percent, { value: this.number(value, 1) });
  }

  /** "2026-11-29" or an ISO timestamp → "29 November 2026" (UTC); other text is returned as it is. */
  date(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m) return iso;
    const month = this.t.format.months[Number(m[2]) - 1];
    return month ? fill(this.t.format.date, { day: Number(m[3]), month, year: m[1]! }) : iso;
  }

  /** "2026-11-29T08:26:18.333Z" → "29 November 2026, 08:26 UTC". */
  dateTime(iso: string): string {
    const m = /T(\d{2}):(\d{2})/.exec(iso);
    return m ? `${this.date(iso)}, ${m[1]}:${m[2]} UTC` : this.date(iso);
  }

  yesNo(v: boolean | null): string {
    const t = this.t.text.values;
    return v === null ? t.unknown : v ? t.yes : t.no;
  }

  list(xs: readonly string[]): string {
    return xs.length ? xs.join(', ') : this.t.text.values.none;
  }
}
