import type { ImportColumnInput } from '../../generated/graphql';

export type ImportField = Readonly<{ name: string; required: boolean }>;

/** For each field of a customer kind, the file's column that holds it ('' = none). */
export type FieldMapping = Readonly<Record<string, string>>;

const normalise = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Guesses each field's column by its name, ignoring case, spaces and punctuation ("E-mail" holds email). */
export function guessFieldMapping(fields: readonly ImportField[], columns: readonly string[]): FieldMapping {
  const byName = new Map(columns.map((c) => [normalise(c), c]));
  return Object.fromEntries(fields.map((f) => [f.name, byName.get(normalise(f.name)) ?? '']));
}

/** Required fields without a column and columns used for two fields, by field. */
export function fieldMappingProblems(fields: readonly ImportField[], mapping: FieldMapping): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  for (const field of fields) {
    const column = mapping[field.name] ?? '';
    if (!column && field.required) problems[field.name] = 'dataimport.mapping.required';
    else if (column && seen.has(column)) problems[field.name] = 'dataimport.mapping.usedTwice';
    if (column) seen.add(column);
  }
  return problems;
}

/** Every field as the API takes it: '' for a field the file does not have, even when a column has its name. */
export function toImportColumns(fields: readonly ImportField[], mapping: FieldMapping): ImportColumnInput[] {
  return fields.map((f) => ({ field: f.name, column: mapping[f.name] ?? '' }));
}
