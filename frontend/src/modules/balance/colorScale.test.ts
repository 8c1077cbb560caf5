import { describe, expect, it } from 'vitest';
import { cellSwatch, scaleContext } from './colorScale';
import type { BalanceCell } from './types/Balance';

function cell(overrides: Partial<BalanceCell> = {}): BalanceCell {
  return {
    segmentId: 's1',
    channelId: 'c1',
    weight: 1,
    clientPresence: 0,
    competitors: [],
    competitorPressure: 0,
    gap: 0,
    shareOfVoice: null,
    urgency: 'NONE',
    publications: 0,
    clientPublications: 0,
    ...overrides,
  };
}

const context = { immediateGap: 2, maxPresence: 4 };
const lightness = (css: string) => Number(/ (\d+)%\)$/.exec(css)?.[1]);
const hue = (css: string) => Number(/^hsl\((\d+)/.exec(css)?.[1]);

describe('cellSwatch', () => {
  it('gives each urgency its own colour, IMMEDIATE the darkest with white text', () => {
    const colours = (['NONE', 'SECONDARY', 'MODERATE', 'IMMEDIATE'] as const).map((urgency) =>
      cellSwatch(cell({ urgency }), 'urgency', context),
    );
    expect(new Set(colours.map((c) => c.background)).size).toBe(4);
    expect(colours[3]).toEqual({ background: 'hsl(4 78% 46%)', color: '#fff' });
    expect(colours.map((c) => lightness(c.background))).toEqual(
      [...colours.map((c) => lightness(c.background))].sort((a, b) => b - a),
    );
  });

  it('shows a larger gap darker red, saturating beyond 1.5 × the IMMEDIATE threshold', () => {
    const small = cellSwatch(cell({ gap: 0.5 }), 'gap', context);
    const large = cellSwatch(cell({ gap: 2.5 }), 'gap', context);
    const huge = cellSwatch(cell({ gap: 30 }), 'gap', context);
    expect(hue(small.background)).toBe(4);
    expect(lightness(large.background)).toBeLessThan(lightness(small.background));
    expect(cellSwatch(cell({ gap: 3 }), 'gap', context)).toEqual(huge);
    expect(huge.color).toBe('#fff');
  });

  it('shows a negative gap (the client leads) in green and zero as neutral', () => {
    expect(hue(cellSwatch(cell({ gap: -1 }), 'gap', context).background)).toBe(145);
    expect(cellSwatch(cell({ gap: 0 }), 'gap', context).background).toBe('hsl(220 14% 95%)');
  });

  it('runs share of voice from red (0 %) through neutral (50 %) to green (100 %), grey without publications', () => {
    expect(hue(cellSwatch(cell({ shareOfVoice: 0, publications: 3 }), 'shareOfVoice', context).background)).toBe(4);
    expect(cellSwatch(cell({ shareOfVoice: 0.5, publications: 3 }), 'shareOfVoice', context).background).toBe(
      'hsl(220 14% 95%)',
    );
    expect(hue(cellSwatch(cell({ shareOfVoice: 1, publications: 3 }), 'shareOfVoice', context).background)).toBe(145);
    expect(cellSwatch(cell({ shareOfVoice: null }), 'shareOfVoice', context).background).toBe('hsl(220 10% 88%)');
  });

  it('colours client tone relative to the strongest presence in view, negative coverage red', () => {
    const ctx = scaleContext([cell({ clientPresence: -2 }), cell({ clientPresence: 4 })], 2);
    expect(ctx.maxPresence).toBe(4);
    const best = cellSwatch(cell({ clientPresence: 4, publications: 1 }), 'clientPresence', ctx);
    const half = cellSwatch(cell({ clientPresence: 1, publications: 1 }), 'clientPresence', ctx);
    expect(hue(best.background)).toBe(145);
    expect(lightness(best.background)).toBeLessThan(lightness(half.background));
    expect(hue(cellSwatch(cell({ clientPresence: -2, publications: 1 }), 'clientPresence', ctx).background)).toBe(4);
  });

  it('greys out a missing cell whatever the metric', () => {
    expect(cellSwatch(null, 'urgency', context)).toEqual(cellSwatch(null, 'gap', context));
  });
});
