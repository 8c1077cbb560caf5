import { describe, expect, it } from 'vitest';
import { assessmentDrafts, publicationToInput, toAssessmentInputs, validateAssessments } from './assessments';
import { ConnectionWindow, MAX_PAGE, type ConnectionPage } from './connectionWindow';
import {
  activeFilterCount,
  EMPTY_FILTER,
  filterProblems,
  startOfLocalDay,
  toPublicationFilter,
} from './filterVariables';
import type { Publication } from './types/Publication';
import {
  draftToInput,
  isoToLocalDateTime,
  localDateTimeToIso,
  validatePublication,
  type PublicationDraft,
} from './validation';

describe('toPublicationFilter', () => {
  it('sends no filter when nothing is chosen', () => {
    expect(toPublicationFilter(EMPTY_FILTER)).toBeUndefined();
    expect(toPublicationFilter({ ...EMPTY_FILTER, titleContains: '   ' })).toBeUndefined();
  });

  it('maps every criterion to its GraphQL field', () => {
    const filter = toPublicationFilter({
      from: '2026-03-01',
      to: '2026-03-31',
      brandIds: ['b1'],
      channelIds: ['c1', 'c2'],
      channelTypes: ['MEDIA'],
      publishers: ['Courier Holdings'],
      segmentIds: ['s1'],
      sentiments: ['NEGATIVE'],
      minImpact: 0.2,
      maxImpact: 0.8,
      titleContains: ' cloud ',
    });
    expect(filter).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      // "to" is exclusive: the start of the day after the last chosen day.
      to: new Date(2026, 3, 1).toISOString(),
      brandIds: ['b1'],
      channelIds: ['c1', 'c2'],
      channelTypes: ['MEDIA'],
      publishers: ['Courier Holdings'],
      segmentIds: ['s1'],
      sentiments: ['NEGATIVE'],
      minImpact: 0.2,
      maxImpact: 0.8,
      titleContains: 'cloud',
    });
  });

  it('keeps an impact bound of 0 (a falsy number is still a criterion)', () => {
    expect(toPublicationFilter({ ...EMPTY_FILTER, minImpact: 0 })).toEqual({ minImpact: 0 });
  });

  it('ignores a malformed date rather than sending it', () => {
    expect(startOfLocalDay('2026-3-1')).toBeNull();
    expect(toPublicationFilter({ ...EMPTY_FILTER, from: 'yesterday' })).toBeUndefined();
  });

  it('counts the criteria for the collapsed filter bar', () => {
    expect(activeFilterCount({ ...EMPTY_FILTER, brandIds: ['b'], sentiments: ['POSITIVE', 'NEUTRAL'] })).toBe(2);
  });

  it('names criteria that cannot match anything', () => {
    expect(filterProblems({ ...EMPTY_FILTER, minImpact: 0.9, maxImpact: 0.1 })).toEqual(['impactRange']);
    expect(filterProblems({ ...EMPTY_FILTER, from: '2026-05-02', to: '2026-05-01' })).toEqual(['period']);
    expect(filterProblems({ ...EMPTY_FILTER, from: '2026-05-01', to: '2026-05-01' })).toEqual([]);
  });
});

describe('ConnectionWindow', () => {
  const rows = Array.from({ length: 1200 }, (_, i) => ({ id: String(i) }));
  const server = () => {
    const calls: Array<{ first: number; after: string | null }> = [];
    const fetch = async (first: number, after: string | null): Promise<ConnectionPage<{ id: string }>> => {
      calls.push({ first, after });
      expect(first).toBeLessThanOrEqual(MAX_PAGE);
      const start = after === null ? 0 : Number(after.slice(1)) + 1;
      const slice = rows.slice(start, start + first);
      return {
        totalCount: rows.length,
        edges: slice.map((node) => ({ cursor: `c${node.id}`, node })),
        pageInfo: {
          hasNextPage: start + first < rows.length,
          endCursor: slice.length ? `c${slice[slice.length - 1].id}` : null,
        },
      };
    };
    return { calls, fetch };
  };

  it('serves the first page with the total count', async () => {
    const { calls, fetch } = server();
    const window = new ConnectionWindow(fetch);
    const page = await window.range(0, 50);
    expect(page.totalCount).toBe(1200);
    expect(page.items.map((r) => r.id)).toEqual(rows.slice(0, 50).map((r) => r.id));
    expect(calls).toEqual([{ first: 50, after: null }]);
  });

  it('continues from the last cursor and serves loaded ranges without asking again', async () => {
    const { calls, fetch } = server();
    const window = new ConnectionWindow(fetch);
    await window.range(0, 50);
    const second = await window.range(50, 50);
    expect(second.items[0].id).toBe('50');
    await window.range(10, 20);
    expect(calls).toEqual([
      { first: 50, after: null },
      { first: 50, after: 'c49' },
    ]);
  });

  it('jumps far ahead in requests of at most 500 rows', async () => {
    const { calls, fetch } = server();
    const window = new ConnectionWindow(fetch);
    const page = await window.range(1100, 50);
    expect(page.items.map((r) => r.id)).toEqual(['1100', ...rows.slice(1101, 1150).map((r) => r.id)]);
    expect(calls.map((c) => c.first)).toEqual([500, 500, 150]);
  });

  it('answers a short last page at the end of the connection', async () => {
    const { fetch } = server();
    const page = await new ConnectionWindow(fetch).range(1180, 50);
    expect(page.items).toHaveLength(20);
  });

  it('shows an edited item in place', async () => {
    const { calls, fetch } = server();
    const window = new ConnectionWindow(fetch);
    await window.range(0, 10);
    expect(window.replace((r) => r.id === '3', { id: '3', edited: true } as { id: string })).toBe(true);
    expect((await window.range(0, 10)).items[3]).toEqual({ id: '3', edited: true });
    expect(calls).toHaveLength(1);
  });
});

const publication: Publication = {
  id: 'p1',
  title: 'Northwind ships',
  publishedAt: '2026-05-01T10:00:00Z',
  weight: 0.5,
  url: 'https://example.com/a',
  author: null,
  externalId: 'ext-1',
  brand: { id: 'b1', name: 'Northwind', kind: 'CLIENT' },
  channel: { id: 'c1', name: 'CIO Weekly', type: 'MEDIA', publisher: 'Daily' },
  assessments: [{ impact: 0.7, sentiment: 'POSITIVE', segment: { id: 's2', name: 'CIOs' } }],
};
const segments = [
  { id: 's1', name: 'Analysts' },
  { id: 's2', name: 'CIOs' },
];

describe('assessments', () => {
  it('lists every segment, filled in where the publication is assessed', () => {
    expect(assessmentDrafts(segments, publication.assessments)).toEqual([
      { segmentId: 's1', segmentName: 'Analysts', impact: null, sentiment: '' },
      { segmentId: 's2', segmentName: 'CIOs', impact: 0.7, sentiment: 'POSITIVE' },
    ]);
  });

  it('sends a segment only when it has a sentiment, leaving an empty impact to the server', () => {
    const drafts = [
      { segmentId: 's1', segmentName: 'Analysts', impact: null, sentiment: 'NEUTRAL' as const },
      { segmentId: 's2', segmentName: 'CIOs', impact: 0.3, sentiment: 'NEGATIVE' as const },
      { segmentId: 's3', segmentName: 'Investors', impact: null, sentiment: '' as const },
    ];
    expect(toAssessmentInputs(drafts)).toEqual([
      { segmentId: 's1', sentiment: 'NEUTRAL' },
      { segmentId: 's2', sentiment: 'NEGATIVE', impact: 0.3 },
    ]);
  });

  it('refuses an impact outside 0..1 and an impact without a sentiment', () => {
    expect(
      validateAssessments([
        { segmentId: 's1', segmentName: 'A', impact: 1.2, sentiment: 'POSITIVE' },
        { segmentId: 's2', segmentName: 'B', impact: 0.4, sentiment: '' },
      ]),
    ).toEqual([
      { segmentId: 's1', field: 'impact', key: 'publications.validation.fraction' },
      { segmentId: 's2', field: 'sentiment', key: 'publications.validation.sentimentRequired' },
    ]);
  });

  it('rebuilds the whole input of a publication, because an update replaces everything', () => {
    expect(publicationToInput(publication, [{ segmentId: 's2', impact: 0.9, sentiment: 'NEGATIVE' }])).toEqual({
      title: 'Northwind ships',
      publishedAt: '2026-05-01T10:00:00Z',
      weight: 0.5,
      brandId: 'b1',
      channelId: 'c1',
      url: 'https://example.com/a',
      author: null,
      externalId: 'ext-1',
      assessments: [{ segmentId: 's2', impact: 0.9, sentiment: 'NEGATIVE' }],
    });
    expect(publicationToInput(publication).assessments).toEqual([
      { segmentId: 's2', impact: 0.7, sentiment: 'POSITIVE' },
    ]);
  });
});

describe('publication form', () => {
  const valid: PublicationDraft = {
    title: 'A title',
    publishedAt: '2026-05-01T10:30',
    brandId: 'b1',
    channelId: 'c1',
    weight: 0.5,
    url: '',
    author: '',
    externalId: '',
    assessments: [],
  };
  const now = new Date('2026-06-01T00:00:00Z');

  it('accepts a complete draft', () => {
    expect(validatePublication(valid, now)).toEqual({ fields: {}, assessments: [] });
  });

  it('names each missing required field', () => {
    const errors = validatePublication(
      { ...valid, title: ' ', publishedAt: '', brandId: '', channelId: '', weight: null },
      now,
    );
    expect(Object.keys(errors.fields).sort()).toEqual(['brandId', 'channelId', 'publishedAt', 'title', 'weight']);
  });

  it('refuses a weight outside 0..1, a non-http address, a date in the future and overlong texts', () => {
    const errors = validatePublication(
      {
        ...valid,
        weight: 1.5,
        url: 'ftp://x',
        publishedAt: '2026-07-01T00:00',
        title: 'x'.repeat(501),
        author: 'a'.repeat(201),
      },
      now,
    );
    expect(errors.fields).toEqual({
      weight: { key: 'publications.validation.fraction' },
      url: { key: 'publications.validation.url' },
      publishedAt: { key: 'publications.validation.future' },
      title: { key: 'validation.tooLong', values: { max: 500 } },
      author: { key: 'validation.tooLong', values: { max: 200 } },
    });
  });

  it('converts the local date-time both ways and trims optional texts to null', () => {
    const iso = localDateTimeToIso('2026-05-01T10:30');
    expect(iso).toBe(new Date(2026, 4, 1, 10, 30).toISOString());
    expect(isoToLocalDateTime(iso!)).toBe('2026-05-01T10:30');
    expect(draftToInput({ ...valid, url: '  ', author: ' Ann ' })).toMatchObject({
      url: null,
      author: 'Ann',
      externalId: null,
      assessments: [],
    });
  });
});
