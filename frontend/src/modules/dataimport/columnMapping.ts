import type { PublicationColumns } from '../../generated/graphql';

export const PUBLICATION_FIELDS = [
  'publishedAt',
  'title',
  'brand',
  'channel',
  'weight',
  'url',
  'author',
  'externalId',
] as const;
export type PublicationField = (typeof PUBLICATION_FIELDS)[number];
export const REQUIRED_FIELDS: readonly PublicationField[] = ['publishedAt', 'title', 'brand', 'channel', 'weight'];

export type AssessmentGroup = Readonly<{ segment: string; impact: string; sentiment: string }>;

/** For each field the file's column that holds it ('' = none), and the segment/impact/sentiment groups. */
export type ColumnMapping = Readonly<{
  fields: Readonly<Record<PublicationField, string>>;
  assessments: readonly AssessmentGroup[];
}>;

const normalise = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Names a column of each field is often given, normalised; the import format's own name comes first.
const SYNONYMS: Record<PublicationField, string[]> = {
  publishedAt: [
    'publishedat',
    'published',
    'date',
    'datetime',
    'publicationdate',
    'pubdate',
    'дата',
    'датапубликации',
    'датапублікації',
    'data',
    'datapublikacji',
  ],
  title: ['title', 'headline', 'name', 'заголовок', 'название', 'назва', 'tytuł', 'tytul'],
  brand: ['brand', 'company', 'бренд', 'компания', 'компанія', 'marka'],
  channel: ['channel', 'source', 'media', 'outlet', 'канал', 'источник', 'джерело', 'kanał', 'kanal', 'źródło'],
  weight: ['weight', 'score', 'вес', 'вага', 'waga'],
  url: ['url', 'link', 'address', 'ссылка', 'посилання', 'adres'],
  author: ['author', 'by', 'автор', 'autor'],
  externalId: ['externalid', 'id', 'sourceid', 'внешнийid', 'зовнішнійid'],
};

/** Guesses which column holds each field: exact import-format names first, then common synonyms. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const byName = new Map(columns.map((c) => [normalise(c), c]));
  const used = new Set<string>();
  const fields = {} as Record<PublicationField, string>;
  for (const field of PUBLICATION_FIELDS) {
    const column = SYNONYMS[field].map((name) => byName.get(name)).find((c) => c !== undefined && !used.has(c));
    fields[field] = column ?? '';
    if (column) used.add(column);
  }
  return { fields, assessments: guessAssessmentGroups(columns) };
}

/** The segment_N / impact_N / sentiment_N groups of the import format, in order of N. */
export function guessAssessmentGroups(columns: readonly string[]): AssessmentGroup[] {
  const find = (prefix: string, n: string) =>
    columns.find((c) => new RegExp(`^${prefix}[_ ]?${n}$`, 'i').test(c.trim())) ?? '';
  const numbers = columns
    .map((c) => /^segment[_ ]?(\d+)$/i.exec(c.trim())?.[1])
    .filter((n): n is string => n !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  return numbers.map((n) => ({
    segment: find('segment', n),
    impact: find('impact', n),
    sentiment: find('sentiment', n),
  }));
}

export type MappingProblem = Readonly<{
  field: PublicationField | `assessments.${number}.${'segment' | 'sentiment'}`;
  key: string;
}>;

/** Required fields without a column, columns used twice and incomplete assessment groups. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (!mapping.fields[field]) problems.push({ field, key: 'dataimport.mapping.required' });
  }
  const seen = new Map<string, PublicationField>();
  for (const field of PUBLICATION_FIELDS) {
    const column = mapping.fields[field];
    if (!column) continue;
    if (seen.has(column)) problems.push({ field, key: 'dataimport.mapping.usedTwice' });
    else seen.set(column, field);
  }
  mapping.assessments.forEach((group, i) => {
    if (!group.segment) problems.push({ field: `assessments.${i}.segment`, key: 'dataimport.mapping.required' });
    if (!group.sentiment) problems.push({ field: `assessments.${i}.sentiment`, key: 'dataimport.mapping.required' });
  });
  return problems;
}

/** The mapping as the API takes it: every field named explicitly (null when the file has none). */
export function toPublicationColumns(mapping: ColumnMapping): PublicationColumns {
  const columns: PublicationColumns = {};
  for (const field of PUBLICATION_FIELDS) {
    const column = mapping.fields[field];
    // An unmapped optional field is left out: the server then looks for its default name, which the file lacks.
    if (column) columns[field] = column;
  }
  columns.assessments = mapping.assessments.map((g) => ({
    segment: g.segment,
    sentiment: g.sentiment,
    impact: g.impact || null,
  }));
  return columns;
}
