import { useCallback } from 'react';
import { useClient } from 'urql';
import { UploadPreviewDocument } from '../../../generated/graphql';

/** Asks for the first rows of an upload, once it has arrived; each upload is new, so never from the cache. */
export function useUploadPreview() {
  const client = useClient();
  return useCallback(
    (uploadId: string) =>
      client.query(UploadPreviewDocument, { uploadId }, { requestPolicy: 'network-only' }).toPromise(),
    [client],
  );
}
