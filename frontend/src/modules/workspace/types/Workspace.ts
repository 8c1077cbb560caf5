import type { WorkspaceFieldsFragment } from '../../../generated/graphql';

export type Workspace = WorkspaceFieldsFragment;
