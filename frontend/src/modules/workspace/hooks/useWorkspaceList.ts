import {
  WorkspaceChangedDocument,
  WorkspacesDocument,
  type WorkspaceChangedSubscription,
} from '../../../generated/graphql';
import { invalidatesOnEvent, useWatchedQuery } from '../../api/operations';
import { useSubscription } from 'urql';

const WORKSPACE = ['Workspace'];
// Any change to a workspace, by anyone, refetches the list.
const ON_CHANGE = { query: WorkspaceChangedDocument, context: invalidatesOnEvent(WORKSPACE) };

/**
 * The user's workspaces, refetched after their own changes and live after anyone's (the workspaceChanged
 * subscription); `onChange` hears each event.
 */
export function useWorkspaceList(onChange: (change: WorkspaceChange | null | undefined) => void) {
  useSubscription(ON_CHANGE, (_previous, event) => {
    onChange(event.workspaceChanged);
    return event;
  });
  return useWatchedQuery({ query: WorkspacesDocument }, WORKSPACE);
}

type WorkspaceChange = WorkspaceChangedSubscription['workspaceChanged'];
