export type SettingsDraft = Readonly<{
  immediateGap: string;
  moderateGap: string;
  secondaryGap: string;
  alertWindowDays: string;
}>;
export type SettingsValues = Readonly<{
  immediateGap: number;
  moderateGap: number;
  secondaryGap: number;
  alertWindowDays: number;
}>;
export type SettingsProblem =
  | 'required'
  | 'positive'
  | 'notNegative'
  | 'moderateAboveImmediate'
  | 'secondaryAboveModerate'
  | 'windowRange'
  | 'wholeDays';
export type SettingsProblems = Partial<Record<keyof SettingsDraft, SettingsProblem>>;

export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 366;

/** Accepts "1,5" as well as "1.5": people type decimals the way their language writes them. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Thresholds must be > 0 with moderate ≤ immediate, the smallest gap 0 ≤ it ≤ moderate; the window is 1–366 whole days. */
export function validateSettings(draft: SettingsDraft): { values: SettingsValues | null; problems: SettingsProblems } {
  const problems: SettingsProblems = {};
  const immediate = parseDecimal(draft.immediateGap);
  const moderate = parseDecimal(draft.moderateGap);
  const secondary = parseDecimal(draft.secondaryGap);
  const window = parseDecimal(draft.alertWindowDays);

  if (immediate === null) problems.immediateGap = 'required';
  else if (immediate <= 0) problems.immediateGap = 'positive';
  if (moderate === null) problems.moderateGap = 'required';
  else if (moderate <= 0) problems.moderateGap = 'positive';
  else if (immediate !== null && immediate > 0 && moderate > immediate) problems.moderateGap = 'moderateAboveImmediate';
  if (secondary === null) problems.secondaryGap = 'required';
  else if (secondary < 0) problems.secondaryGap = 'notNegative';
  else if (moderate !== null && moderate > 0 && secondary > moderate) problems.secondaryGap = 'secondaryAboveModerate';
  if (window === null) problems.alertWindowDays = 'required';
  else if (!Number.isInteger(window)) problems.alertWindowDays = 'wholeDays';
  else if (window < MIN_WINDOW_DAYS || window > MAX_WINDOW_DAYS) problems.alertWindowDays = 'windowRange';

  const ok = Object.keys(problems).length === 0;
  return {
    values: ok
      ? { immediateGap: immediate!, moderateGap: moderate!, secondaryGap: secondary!, alertWindowDays: window! }
      : null,
    problems,
  };
}
