import type { TimelineEntryFieldsFragment } from '../../generated/graphql';

export type TimelineEntry = TimelineEntryFieldsFragment;

/** What a timeline line says: a translation key, its values as they are, and its values that are terms to translate. */
export type EntryText = Readonly<{
  key: string;
  values: Readonly<Record<string, string>>;
  terms?: Readonly<Record<string, string>>;
}>;

function detailsOf(entry: TimelineEntry): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(entry.details);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The line for an entry, from its kind and details (see the schema's TimelineEntry): kinds this client does not
 * know yet (the campaign side adds them) are shown by their name, so nothing is hidden.
 */
export function describeEntry(entry: TimelineEntry): EntryText {
  const details = detailsOf(entry);
  switch (entry.kind) {
    case 'CREATED':
      return { key: 'timeline.kind.CREATED', values: {} };
    case 'UPDATED': {
      const fields = Array.isArray(details.fields) ? details.fields.filter((f) => typeof f === 'string') : [];
      return fields.length > 0
        ? { key: 'timeline.kind.UPDATED_FIELDS', values: { fields: fields.join(', ') } }
        : { key: 'timeline.kind.UPDATED', values: {} };
    }
    case 'CONSENT_CHANGED':
      return {
        key: 'timeline.kind.CONSENT_CHANGED',
        values: { source: text(details.source) },
        terms: {
          channel: `consent.channel.${text(details.channel)}`,
          from: `consent.state.${text(details.from) || 'UNKNOWN'}`,
          to: `consent.state.${text(details.to) || 'UNKNOWN'}`,
        },
      };
    case 'MERGED':
      return {
        key: 'timeline.kind.MERGED',
        values: { name: text(details.mergedName) || text(details.mergedEmail), email: text(details.mergedEmail) },
      };
    default:
      return { key: 'timeline.kind.OTHER', values: { kind: entry.kind } };
  }
}
