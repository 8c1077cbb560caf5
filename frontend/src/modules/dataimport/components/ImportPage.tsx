import { Button } from '@vaadin/react-components/Button.js';
import { Grid } from '@vaadin/react-components/Grid.js';
import { GridColumn } from '@vaadin/react-components/GridColumn.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, generalErrorMessage } from '../../api/graphqlErrors';
import { useAuth } from '../../auth/hooks/useAuth';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { ChoiceSelect } from '../../ui/components/ChoiceSelect';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { guessMapping, mappingProblems, toPublicationColumns, type ColumnMapping } from '../columnMapping';
import { fieldMappingProblems, guessFieldMapping, toImportColumns, type FieldMapping } from '../fieldMapping';
import { isFinished } from '../importJob';
import { useImportJob } from '../hooks/useImportJob';
import type { ImportMode } from '../../../generated/graphql';
import {
  IMPORT_MODES,
  IMPORT_TARGETS,
  isCustomerKind,
  type ImportJob,
  type ImportTarget,
  type UploadPreview,
  type UploadResult,
} from '../types/Import';
import { ACCEPTED_FILES, isAcceptedFile, UploadError, uploadFile } from '../upload';
import { ColumnMappingForm } from './ColumnMappingForm';
import { FieldMappingForm } from './FieldMappingForm';
import { ImportJobPanel } from './ImportJobPanel';
import '../dataimport.css';
import { useImportFields } from '../hooks/useImportFields';
import { useStartImport } from '../hooks/useStartImport';
import { useStartPublicationImport } from '../hooks/useStartPublicationImport';
import { useUploadPreview } from '../hooks/useUploadPreview';

type Upload =
  | { kind: 'none' }
  | { kind: 'uploading'; fileName: string; progress: number }
  | { kind: 'ready'; upload: UploadResult; preview: UploadPreview };

type PreviewRow = { key: number; cells: readonly string[] };

export function ImportPage() {
  const { t } = useTranslation();
  const uploadPreview = useUploadPreview();
  const { service } = useAuth();
  const { current, loaded } = useWorkspaces();
  const canWrite = useCanWrite();
  const fileInputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState<ImportTarget>('PUBLICATIONS');
  const [upload, setUpload] = useState<Upload>({ kind: 'none' });
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  // A customer kind's mapping as the user changed it, for the upload and kind it was made for.
  const [fieldMapping, setFieldMapping] = useState<{ key: string; mapping: FieldMapping } | null>(null);
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const customer = isCustomerKind(target);
  const fields = useImportFields(customer ? target : null);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const [started, setStarted] = useState<ImportJob | null>(null);
  const [startPublicationState, startPublicationImport] = useStartPublicationImport();
  const [startListState, startListImport] = useStartImport();
  const { job, error: pollError } = useImportJob(current?.id, started);
  const starting = startPublicationState.fetching || startListState.fetching;
  const running = job !== null && !isFinished(job.state);

  if (!loaded) return <LoadingState />;
  if (!current) return <p className="empty">{t('dataimport.noWorkspace')}</p>;

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(undefined);
    setStarted(null);
    setSubmitted(false);
    if (!isAcceptedFile(file.name)) {
      setError(t('dataimport.upload.wrongType'));
      return;
    }
    setUpload({ kind: 'uploading', fileName: file.name, progress: 0 });
    try {
      const token = await service.getAccessToken();
      const sent = await uploadFile(file, token, (progress) =>
        setUpload({ kind: 'uploading', fileName: file.name, progress }),
      ).promise;
      const result = await uploadPreview(sent.uploadId);
      if (result.error || !result.data) {
        setUpload({ kind: 'none' });
        setError(generalErrorMessage(result.error, t));
        return;
      }
      setUpload({ kind: 'ready', upload: sent, preview: result.data.uploadPreview });
      setMapping(guessMapping(result.data.uploadPreview.columns));
    } catch (e) {
      setUpload({ kind: 'none' });
      const status = e instanceof UploadError ? e.status : 0;
      setError(
        status === 401
          ? t('errors.forbidden')
          : status === 413
            ? t('dataimport.upload.tooLarge')
            : status === 0
              ? t('errors.network')
              : e instanceof UploadError && e.reason
                ? t(`errors.reasons.${e.reason}`, { value: e.value ?? '', defaultValue: e.message })
                : t('dataimport.upload.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      // The same file can be chosen again after a fix.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const problems = mapping && target === 'PUBLICATIONS' ? mappingProblems(mapping) : [];
  const mappingKey = upload.kind === 'ready' ? `${upload.upload.uploadId}/${target}` : '';
  const customerMapping =
    !customer || !fields || upload.kind !== 'ready'
      ? null
      : fieldMapping?.key === mappingKey
        ? fieldMapping.mapping
        : guessFieldMapping(fields, upload.preview.columns);
  const customerProblems = fields && customerMapping ? fieldMappingProblems(fields, customerMapping) : {};

  const start = async () => {
    if (upload.kind !== 'ready' || starting) return;
    setSubmitted(true);
    if (problems.length > 0 || Object.keys(customerProblems).length > 0) return;
    setError(undefined);
    const result =
      target === 'PUBLICATIONS'
        ? await startPublicationImport({
            workspaceId: current.id,
            uploadId: upload.upload.uploadId,
            columns: mapping ? toPublicationColumns(mapping) : null,
          })
        : await startListImport({
            workspaceId: current.id,
            uploadId: upload.upload.uploadId,
            kind: target,
            mode,
            columns: fields && customerMapping ? toImportColumns(fields, customerMapping) : null,
          });
    const jobStarted =
      result.data &&
      ('startPublicationImport' in result.data ? result.data.startPublicationImport : result.data.startImport);
    if (result.error || !jobStarted) {
      const fields = fieldErrors(result.error, t);
      setError(Object.values(fields)[0] ?? generalErrorMessage(result.error, t));
      return;
    }
    setStarted(jobStarted);
  };

  const preview = upload.kind === 'ready' ? upload.preview : null;
  const previewRows: PreviewRow[] = preview ? preview.rows.map((cells, key) => ({ key, cells })) : [];

  return (
    <section className="page import-page">
      <header className="page__header">
        <h2>{t('dataimport.title')}</h2>
      </header>
      {!canWrite ? (
        <p className="card" id="import-read-only">
          {t('dataimport.readOnly')}
        </p>
      ) : (
        <>
          <div className="panel import-step">
            <h3>{t('dataimport.step.file')}</h3>
            <div className="import-step__row">
              <ChoiceSelect
                id="import-kind"
                label={t('dataimport.kind.label')}
                value={target}
                choices={IMPORT_TARGETS}
                words="dataimport.kind"
                disabled={running || upload.kind === 'uploading'}
                onChange={(value) => {
                  setTarget(value);
                  setSubmitted(false);
                }}
              />
              <div className="file-field">
                <label htmlFor={fileInputId} className="file-field__label">
                  {t('dataimport.upload.label')}
                </label>
                <input
                  id={fileInputId}
                  ref={fileInput}
                  data-testid="import-file"
                  className="file-field__input"
                  type="file"
                  accept={ACCEPTED_FILES}
                  disabled={running || upload.kind === 'uploading'}
                  onChange={(e) => void chooseFile(e)}
                />
              </div>
            </div>
            <p className="muted">{t(`dataimport.columns.${target}`)}</p>
            {upload.kind === 'uploading' && (
              <div role="status" aria-live="polite">
                <span>{t('dataimport.upload.uploading', { file: upload.fileName })}</span>
                <ProgressBar
                  value={upload.progress}
                  aria-label={t('dataimport.upload.uploading', { file: upload.fileName })}
                />
              </div>
            )}
            {error && (
              <p role="alert" className="form-error" id="import-error">
                {error}
              </p>
            )}
          </div>

          {preview && (
            <div className="panel import-step">
              <h3>{t('dataimport.step.preview', { file: preview.fileName })}</h3>
              {preview.columns.length === 0 ? (
                <p className="muted">{t('dataimport.preview.empty')}</p>
              ) : (
                <Grid<PreviewRow>
                  id="import-preview"
                  items={previewRows}
                  allRowsVisible
                  theme="compact row-stripes column-borders"
                  aria-label={t('dataimport.preview.label')}
                  className="import-preview"
                >
                  {preview.columns.map((column, index) => (
                    <GridColumn<PreviewRow> key={`${index}-${column}`} header={column} autoWidth resizable>
                      {({ item }) => <span>{item.cells[index] ?? ''}</span>}
                    </GridColumn>
                  ))}
                </Grid>
              )}
              {target === 'PUBLICATIONS' && mapping && (
                <>
                  <h3>{t('dataimport.step.mapping')}</h3>
                  <ColumnMappingForm
                    columns={preview.columns}
                    mapping={mapping}
                    problems={submitted ? problems : []}
                    onChange={setMapping}
                  />
                </>
              )}
              {customer && fields && customerMapping && (
                <>
                  <h3>{t('dataimport.step.mapping')}</h3>
                  <FieldMappingForm
                    fields={fields}
                    columns={preview.columns}
                    mapping={customerMapping}
                    problems={submitted ? customerProblems : {}}
                    onChange={(changed) => setFieldMapping({ key: mappingKey, mapping: changed })}
                  />
                </>
              )}
              {target !== 'PUBLICATIONS' && (
                <ChoiceSelect
                  id="import-mode"
                  label={t('dataimport.mode.label')}
                  value={mode}
                  choices={IMPORT_MODES}
                  words="dataimport.mode"
                  disabled={running}
                  onChange={setMode}
                />
              )}
              <div className="import-step__actions">
                <Button
                  id="import-start"
                  theme="primary"
                  disabled={starting || running || (customer && !customerMapping)}
                  onClick={() => void start()}
                >
                  {t('dataimport.start')}
                </Button>
              </div>
            </div>
          )}

          {job && <ImportJobPanel job={job} error={pollError} />}
        </>
      )}
    </section>
  );
}
