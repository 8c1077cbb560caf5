import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { ImportJobDocument } from '../../../generated/graphql';
import { isFinished } from '../importJob';
import type { ImportJob } from '../types/Import';

const POLL_MS = 1000;

/** Follows an import job by polling `importJob` until it has succeeded or failed. */
export function useImportJob(workspaceId: string | undefined, started: ImportJob | null) {
  const client = useClient();
  const [job, setJob] = useState<ImportJob | null>(started);
  const [error, setError] = useState<CombinedError>();

  useEffect(() => {
    setJob(started);
    setError(undefined);
    if (!started || !workspaceId || isFinished(started.state)) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const result = await client
        .query(ImportJobDocument, { workspaceId, id: started.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!live) return;
      if (result.error || !result.data) {
        setError(result.error);
        // A hiccup should not end the watch: try again a little later.
        timer = setTimeout(() => void poll(), POLL_MS * 3);
        return;
      }
      setError(undefined);
      setJob(result.data.importJob);
      if (!isFinished(result.data.importJob.state)) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS / 2);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, workspaceId, started]);

  return { job, error };
}
