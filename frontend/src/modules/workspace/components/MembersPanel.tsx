import { Button } from '@vaadin/react-components/Button.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { saveOnEnter } from '../../ui/forms/formKeys';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import type { Workspace } from '../types/Workspace';
import { validateUsername } from '../validation';
import { useAddMember } from '../hooks/useAddMember';
import { useRemoveMember } from '../hooks/useRemoveMember';

type Props = Readonly<{ workspace: Workspace; canManage: boolean }>;

export function MembersPanel({ workspace, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [usernameError, setUsernameError] = useState<string>();
  const [generalError, setGeneralError] = useState<string>();
  const [pendingRemoval, setPendingRemoval] = useState<string | null>(null);
  const [addState, addMember] = useAddMember();
  const [, removeMember] = useRemoveMember();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const adding = useRef(false);
  const usernameField = useRef<TextFieldElement>(null);

  const add = async (event?: FormEvent) => {
    event?.preventDefault();
    if (adding.current) return;
    // Read the field itself: an Enter right after typing can arrive before React renders the last keystroke.
    const value = usernameField.current?.value ?? username;
    const invalid = validateUsername(value);
    if (invalid) {
      setUsernameError(t(invalid.key));
      return;
    }
    adding.current = true;
    const result = await addMember({ workspaceId: workspace.id, username: value.trim() }).finally(() => {
      adding.current = false;
    });
    if (result.error) {
      const fields = fieldErrors(result.error, t);
      setUsernameError(fields.username);
      setGeneralError(generalErrorMessage(result.error, t, fields));
      return;
    }
    setUsername('');
    setUsernameError(undefined);
    setGeneralError(undefined);
  };

  const confirmRemoval = async () => {
    const member = pendingRemoval;
    setPendingRemoval(null);
    if (!member) return;
    const result = await removeMember({ workspaceId: workspace.id, username: member });
    setGeneralError(result.error ? generalErrorMessage(result.error, t) : undefined);
  };

  const members = [...(workspace.members ?? [])].sort((a, b) => a.username.localeCompare(b.username));

  return (
    <section className="panel" aria-labelledby="members-title">
      <h3 id="members-title">{t('members.title', { name: workspace.name })}</h3>
      {members.length === 0 ? (
        <p>{t('members.empty')}</p>
      ) : (
        <ul className="member-list">
          {members.map((member) => (
            <li key={member.username}>
              <span className="member-list__name">{member.username}</span>
              <span className="member-list__meta">
                {t('members.addedAt', { date: dateFormat.format(new Date(member.addedAt)) })}
              </span>
              {canManage && (
                <Button
                  theme="tertiary error small"
                  aria-label={t('members.removeLabel', { username: member.username })}
                  onClick={() => setPendingRemoval(member.username)}
                >
                  {t('members.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form className="member-add" onSubmit={(e) => void add(e)} noValidate>
          <TextField
            id="member-username"
            ref={usernameField}
            label={t('members.username')}
            value={username}
            invalid={Boolean(usernameError)}
            errorMessage={usernameError}
            onValueChanged={(e) => {
              setUsername(e.detail.value);
              setUsernameError(undefined);
            }}
            // Handled here so the form's implicit submission does not add the member a second time.
            onKeyDown={saveOnEnter(() => void add())}
          />
          <Button id="member-add" theme="primary" disabled={addState.fetching} onClick={() => void add()}>
            {t('members.add')}
          </Button>
        </form>
      )}
      {generalError && (
        <p role="alert" className="form-error">
          {generalError}
        </p>
      )}
      <DeleteConfirmDialog
        opened={pendingRemoval !== null}
        title={t('members.removeTitle')}
        text={t('members.removeText', { username: pendingRemoval ?? '', workspace: workspace.name })}
        confirmText={t('members.remove')}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setPendingRemoval(null)}
      />
    </section>
  );
}
