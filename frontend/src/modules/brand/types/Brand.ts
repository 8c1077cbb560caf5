import type { BrandFieldsFragment, BrandKind } from '../../../generated/graphql';

export type Brand = BrandFieldsFragment;
export type { BrandKind };
