import type { TFunction } from 'i18next';
import { formatDay } from '../ui/period';
import { CONTACT_LIST_FIELDS, COMPANY_FIELD_OPTIONS, type ConditionDraft, type RuleAnalytic } from './types/RuleTree';

/** What a summary needs besides the rule: names of the analytics and target groups it uses, the user's language. */
export type SummaryContext = Readonly<{
  t: TFunction;
  locale: string;
  analytics: readonly RuleAnalytic[];
  targetGroupName: (id: string) => string | undefined;
}>;

function list(values: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(values);
}

function number(text: string, locale: string): string {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? new Intl.NumberFormat(locale).format(value) : text;
}

/** "between A and B", "at least A", "at most B" over already formatted bounds; empty when there is none. */
function bounds(ctx: SummaryContext, low: string, high: string): string {
  if (low && high) return ctx.t('targetGroups.summary.between', { low, high });
  if (low) return ctx.t('targetGroups.summary.atLeast', { value: low });
  if (high) return ctx.t('targetGroups.summary.atMost', { value: high });
  return '';
}

/** "from 1 Jan 2026 to 31 Mar 2026", "since …", "until …" (both days included). */
function days(ctx: SummaryContext, from: string, to: string): string {
  const first = from && formatDay(from, ctx.locale);
  const last = to && formatDay(to, ctx.locale);
  if (first && last) return ctx.t('targetGroups.summary.fromTo', { from: first, to: last });
  if (first) return ctx.t('targetGroups.summary.since', { day: first });
  if (last) return ctx.t('targetGroups.summary.until', { day: last });
  return '';
}

function values(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** One condition as a sentence in the user's language, e.g. "At least 3 purchases by the contact in the last 7 days". */
export function describeCondition(draft: ConditionDraft, ctx: SummaryContext): string {
  const { t, locale } = ctx;
  switch (draft.kind) {
    case 'contact':
      return CONTACT_LIST_FIELDS.includes(draft.field)
        ? t('targetGroups.summary.contactAnyOf', {
            field: t(`targetGroups.contactFields.${draft.field}`),
            values: list(values(draft.values), locale),
          })
        : t(`targetGroups.summary.contactIs.${draft.field}.${draft.is ? 'yes' : 'no'}`);
    case 'company': {
      const options = COMPANY_FIELD_OPTIONS[draft.field];
      const shown = options
        ? draft.options.map((o) => t(`targetGroups.companyValues.${o}`))
        : values(draft.values).map((v) => `“${v}”`);
      return t('targetGroups.summary.companyAnyOf', {
        field: t(`targetGroups.companyFields.${draft.field}`),
        values: list(shown, locale),
      });
    }
    case 'analytic': {
      const name = ctx.analytics.find((a) => a.id === draft.analyticId)?.name ?? t('targetGroups.summary.unknown');
      const test = {
        isSet: () => t('targetGroups.summary.analyticSet', { name }),
        notSet: () => t('targetGroups.summary.analyticNotSet', { name }),
        anyOf: () => t('targetGroups.summary.analyticAnyOf', { name, values: list(draft.options, locale) }),
        equals: () => t('targetGroups.summary.analyticEquals', { name, value: draft.text }),
        number: () =>
          t('targetGroups.summary.analyticRange', {
            name,
            range: bounds(
              ctx,
              draft.atLeast && number(draft.atLeast, locale),
              draft.atMost && number(draft.atMost, locale),
            ),
          }),
        date: () => t('targetGroups.summary.analyticRange', { name, range: days(ctx, draft.from, draft.to) }),
        is: () => t(`targetGroups.summary.analyticIs.${draft.is ? 'yes' : 'no'}`, { name }),
      };
      return test[draft.test]();
    }
    case 'equipment': {
      const parts = [
        draft.product && t('targetGroups.summary.product', { value: draft.product }),
        draft.model && t('targetGroups.summary.model', { value: draft.model }),
        (draft.productionFrom || draft.productionTo) &&
          t('targetGroups.summary.produced', { range: days(ctx, draft.productionFrom, draft.productionTo) }),
        (draft.purchaseFrom || draft.purchaseTo) &&
          t('targetGroups.summary.bought', { range: days(ctx, draft.purchaseFrom, draft.purchaseTo) }),
      ].filter(Boolean);
      const owns = t(`targetGroups.summary.owns.${draft.owner}`);
      return parts.length > 0 ? `${owns}: ${parts.join(', ')}` : owns;
    }
    case 'purchases': {
      const period =
        draft.period === 'lastDays'
          ? t('targetGroups.summary.lastDays', { count: Number(draft.lastDays) || 0 })
          : draft.period === 'range'
            ? days(ctx, draft.from, draft.to)
            : t('targetGroups.summary.allTime');
      return t('targetGroups.summary.purchases', {
        measure: t(`targetGroups.measures.${draft.measure}`),
        owner: t(`targetGroups.summary.purchaseOwners.${draft.owner}`),
        range: bounds(
          ctx,
          draft.atLeast && number(draft.atLeast, locale),
          draft.atMost && number(draft.atMost, locale),
        ),
        period,
        category: draft.category ? t('targetGroups.summary.category', { value: draft.category }) : '',
      }).trim();
    }
    case 'consent':
      return t('targetGroups.summary.consent', {
        channel: t(`targetGroups.channels.${draft.channel}`),
        state: t(`targetGroups.consentStates.${draft.state}`),
      });
    case 'targetGroup':
      return t('targetGroups.summary.member', {
        name: ctx.targetGroupName(draft.targetGroupId) ?? t('targetGroups.summary.unknown'),
      });
  }
}
