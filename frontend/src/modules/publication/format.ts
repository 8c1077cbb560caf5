/** Calendar date parts as Vaadin's date pickers use them (month 0-based). */
export type PickerDate = Readonly<{ day: number; month: number; year: number }>;

/** The order of day, month and year in this locale's short numeric dates, e.g. ['day', 'month', 'year'] for ru. */
export function datePartOrder(locale: string): Array<'day' | 'month' | 'year'> {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(2001, 10, 22))
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

export function formatPickerDate(locale: string, date: PickerDate): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(date.year, date.month, date.day),
  );
}

/** Reads what the user typed in their locale's order ("22.11.2026", "11/22/2026"); undefined when it is no date. */
export function parsePickerDate(locale: string, text: string): PickerDate | undefined {
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 3) return undefined;
  const order = datePartOrder(locale);
  const parts: Record<string, number> = {};
  order.forEach((type, i) => {
    parts[type] = Number(numbers[i]);
  });
  let year = parts.year;
  if (year < 100) year += 2000;
  const month = parts.month - 1;
  const day = parts.day;
  const date = new Date(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return undefined;
  return { day, month, year };
}

/** Month and weekday names, first day of week and date format of a locale, for DatePicker/DateTimePicker `i18n`. */
export function datePickerI18n(locale: string, labels: { today: string; cancel: string }) {
  const month = new Intl.DateTimeFormat(locale, { month: 'long' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  // 2023-01-01 was a Sunday: the pickers list weekdays from Sunday.
  const sundays = Array.from({ length: 7 }, (_, i) => new Date(2023, 0, 1 + i));
  return {
    monthNames: Array.from({ length: 12 }, (_, i) => month.format(new Date(2023, i, 1))),
    weekdays: sundays.map((d) => weekday.format(d)),
    weekdaysShort: sundays.map((d) => weekdayShort.format(d)),
    firstDayOfWeek: locale.startsWith('en') ? 0 : 1,
    today: labels.today,
    cancel: labels.cancel,
    formatDate: (date: PickerDate) => formatPickerDate(locale, date),
    parseDate: (text: string) => parsePickerDate(locale, text),
    formatTitle: (monthName: string, fullYear: number) => `${monthName} ${fullYear}`,
  };
}

export function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Impact and weight: fractions shown with two decimals in the user's locale (0,78 in ru/uk/pl). */
export function fractionFormat(locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
