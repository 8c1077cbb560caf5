import type { ImportJobFieldsFragment, ImportKind, ImportMode, UploadPreviewQuery } from '../../../generated/graphql';

export type ImportJob = ImportJobFieldsFragment;
export type UploadPreview = UploadPreviewQuery['uploadPreview'];
/** What the file holds: publications (with a column mapping) or one of the lists. */
export type ImportTarget = 'PUBLICATIONS' | ImportKind;
export const IMPORT_TARGETS: readonly ImportTarget[] = [
  'PUBLICATIONS',
  'SEGMENTS',
  'CHANNELS',
  'BRANDS',
  'CHANNEL_WEIGHTS',
  'COMPANIES',
  'CONTACTS',
  'EQUIPMENT',
  'PURCHASES',
];

/** The customer base's kinds: their fields are mapped to columns (importFields) and matched to stored records. */
export const CUSTOMER_KINDS: readonly ImportKind[] = ['COMPANIES', 'CONTACTS', 'EQUIPMENT', 'PURCHASES'];
export const isCustomerKind = (target: ImportTarget): target is ImportKind =>
  (CUSTOMER_KINDS as readonly string[]).includes(target);

export const IMPORT_MODES: readonly ImportMode[] = ['ALL_OR_NOTHING', 'GOOD_ROWS_ONLY'];

/** What POST /api/uploads answers. */
export type UploadResult = Readonly<{ uploadId: string; fileName: string; format: string; size: number }>;
