import '../pages.css';

export type Notice = Readonly<{ kind: 'ok' | 'error'; text: string }>;

/** What the last action on a list page did: a status, or an alert when it failed. */
export function PageNotice({ notice }: Readonly<{ notice: Notice | null }>) {
  if (!notice) return null;
  return (
    <p
      role={notice.kind === 'error' ? 'alert' : 'status'}
      className={notice.kind === 'error' ? 'form-error page__notice' : 'muted page__notice'}
    >
      {notice.text}
    </p>
  );
}
