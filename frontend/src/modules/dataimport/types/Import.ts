import type { ImportJobFieldsFragment, ImportKind, UploadPreviewQuery } from '../../../generated/graphql';

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
];

/** What POST /api/uploads answers. */
export type UploadResult = Readonly<{ uploadId: string; fileName: string; format: string; size: number }>;
