import type { UploadResult } from './types/Import';

export const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isAcceptedFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Why the server refused the file (an InvalidInput reason, e.g. EMPTY_FILE), and what about. */
    readonly reason?: string,
    readonly value?: string,
  ) {
    super(message);
  }
}

/**
 * Sends a file to POST /api/uploads (multipart field "file", bearer token). XMLHttpRequest rather than
 * fetch, because only it reports upload progress, and files may be hundreds of megabytes.
 */
export function uploadFile(
  file: File,
  token: string | null,
  onProgress: (fraction: number) => void,
  url = '/api/uploads',
): { promise: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadResult>((resolve, reject) => {
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadResult);
        } catch {
          reject(new UploadError(xhr.status, 'The server answered something other than JSON.'));
        }
        return;
      }
      let body: { message?: string; reason?: string; value?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // Not JSON: keep the status text.
      }
      reject(new UploadError(xhr.status, body.message ?? xhr.statusText, body.reason, body.value ?? undefined));
    };
    xhr.onerror = () => reject(new UploadError(0, 'network'));
    xhr.onabort = () => reject(new UploadError(-1, 'aborted'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
