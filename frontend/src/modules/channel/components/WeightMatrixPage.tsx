import { Button } from '@vaadin/react-components/Button.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeightMatrixQuery } from '../../../generated/graphql';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { useCanWrite } from '../../auth/hooks/useCanWrite';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useWorkspaces } from '../../workspace/hooks/useWorkspaces';
import { useSetChannelWeights } from '../hooks/useSetChannelWeights';
import { useWeightMatrix } from '../hooks/useWeightMatrix';
import {
  applyPaste,
  diffMatrix,
  formatWeight,
  moveFocus,
  parsePastedBlock,
  toMatrix,
  type CellPosition,
  type WeightProblem,
} from '../weightMatrix';
import './weights.css';

type Pair = WeightMatrixQuery['channelWeights'][number];

const cellId = (row: number, col: number) => `weight-${row}-${col}`;
const NO_PAIRS: readonly Pair[] = [];

export function WeightMatrixPage() {
  const { t, i18n } = useTranslation();
  const { current } = useWorkspaces();
  const canWrite = useCanWrite();
  const workspaceId = current?.id ?? '';
  const { data, error, fetching, retry } = useWeightMatrix(current?.id ?? null);
  const [saveState, saveWeights] = useSetChannelWeights();

  const channels = useMemo(() => data?.channels ?? [], [data]);
  const segments = useMemo(() => data?.segments ?? [], [data]);
  // The saved pairs: from the query, or from the last save's answer (the whole matrix) until the query answers anew.
  const [saveAnswer, setSaveAnswer] = useState<{ data: typeof data; pairs: readonly Pair[] } | null>(null);
  const savedPairs = saveAnswer && saveAnswer.data === data ? saveAnswer.pairs : (data?.channelWeights ?? NO_PAIRS);
  const saved = useMemo(
    () =>
      toMatrix(
        channels,
        segments,
        savedPairs.map((p) => ({ rowId: p.channelId, colId: p.segmentId, weight: p.weight })),
      ),
    [channels, segments, savedPairs],
  );
  const savedCells = useMemo(
    () => saved.map((row) => row.map((w) => formatWeight(w, i18n.language))),
    [saved, i18n.language],
  );
  // The cells being edited start over from the saved ones whenever those change. Set while rendering, not in an
  // effect, so that no frame shows the loaded matrix with empty cells.
  const [cells, setCells] = useState<string[][]>(savedCells);
  const [cellsFrom, setCellsFrom] = useState(savedCells);
  if (cellsFrom !== savedCells) {
    setCellsFrom(savedCells);
    setCells(savedCells);
  }

  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const focused = useRef<CellPosition>({ row: 0, col: 0 });
  // A cell is in edit mode once the user types in it (or presses F2): then Left/Right move the caret.
  const editing = useRef(false);
  const valueOnFocus = useRef('');

  const { changes, invalid } = useMemo(() => diffMatrix(cells, saved), [cells, saved]);
  const invalidAt = useMemo(() => new Map(invalid.map((c) => [`${c.row}:${c.col}`, c.problem])), [invalid]);
  const changedAt = useMemo(() => new Set(changes.map((c) => `${c.row}:${c.col}`)), [changes]);
  const dirty = changes.length > 0 || invalid.length > 0;

  // Leaving the page with unsaved weights asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const size = { rows: channels.length, cols: segments.length };

  const focusCell = useCallback((at: CellPosition) => {
    const input = document.getElementById(cellId(at.row, at.col)) as HTMLInputElement | null;
    input?.focus();
    input?.select();
  }, []);

  const setCell = (row: number, col: number, value: string) =>
    setCells((prev) => prev.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      // Undo the typing in this cell (back to what it held when focus arrived).
      if (editing.current || cells[row]?.[col] !== valueOnFocus.current) {
        e.preventDefault();
        setCell(row, col, valueOnFocus.current);
        editing.current = false;
        requestAnimationFrame(() => e.currentTarget?.select());
      }
      return;
    }
    if (e.key === 'F2') {
      e.preventDefault();
      editing.current = true;
      const input = e.currentTarget;
      input.setSelectionRange(input.value.length, input.value.length);
      return;
    }
    if (editing.current && (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End'))
      return;
    const next = moveFocus({ row, col }, e, size);
    if (next) {
      e.preventDefault();
      focusCell(next);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (!canWrite) return;
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n\r]/.test(text.trimEnd())) return; // one value: an ordinary paste into the cell
    e.preventDefault();
    const result = applyPaste(cells, parsePastedBlock(text), { row, col });
    setCells(result.cells);
    setStatus({
      kind: 'info',
      text:
        result.clipped > 0
          ? t('channels.weights.pastedClipped', { count: result.written, clipped: result.clipped })
          : t('channels.weights.pasted', { count: result.written }),
    });
  };

  const save = async () => {
    if (invalid.length > 0 || changes.length === 0) return;
    const weights = changes.map((c) => ({
      channelId: channels[c.row].id,
      segmentId: segments[c.col].id,
      weight: c.weight,
    }));
    const result = await saveWeights({ workspaceId, weights });
    if (result.error || !result.data) {
      setStatus({ kind: 'error', text: generalErrorMessage(result.error, t) ?? t('errors.unknown', { message: '' }) });
      return;
    }
    setSaveAnswer({ data, pairs: result.data.setChannelWeights });
    setStatus({ kind: 'ok', text: t('channels.weights.saved', { count: weights.length }) });
  };

  const discard = () => {
    setCells(savedCells);
    setStatus(null);
  };

  if (!current) return <p className="empty">{t('channels.noWorkspace')}</p>;
  if (!data && fetching) return <LoadingState />;
  if (!data && error) return <ErrorState error={error} onRetry={retry} />;
  if (channels.length === 0 || segments.length === 0) return <p className="empty">{t('channels.weights.empty')}</p>;

  const problemText = (problem: WeightProblem) =>
    t(problem === 'outOfRange' ? 'channels.weights.outOfRange' : 'channels.weights.notANumber');

  return (
    <section className="page weights-page">
      <header className="page__header">
        <h2 id="weights-title">{t('channels.weights.title')}</h2>
        {canWrite && (
          <div className="weights-actions">
            {dirty && (
              <span id="weights-dirty" className="badge badge--warning" role="status">
                {t('channels.weights.unsaved', { count: changes.length + invalid.length })}
              </span>
            )}
            <Button id="weights-discard" disabled={!dirty || saveState.fetching} onClick={discard}>
              {t('channels.weights.discard')}
            </Button>
            <Button
              id="weights-save"
              theme="primary"
              disabled={!dirty || invalid.length > 0 || saveState.fetching}
              onClick={() => void save()}
            >
              {t('common.save')}
            </Button>
          </div>
        )}
      </header>
      <p className="muted page__notice" id="weights-help">
        {canWrite ? t('channels.weights.help') : t('channels.weights.readOnly')}
      </p>
      {invalid.length > 0 && (
        <p id="weights-invalid" role="alert" className="form-error">
          {t('channels.weights.invalidSummary', { count: invalid.length })}
        </p>
      )}
      {status && (
        <p
          id="weights-status"
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'form-error page__notice' : 'muted page__notice'}
        >
          {status.text}
        </p>
      )}

      <div className="weights-scroll" tabIndex={-1}>
        <table
          className="weights-table"
          id="weight-matrix"
          aria-labelledby="weights-title"
          aria-describedby="weights-help"
        >
          <thead>
            <tr>
              <th scope="col" className="weights-table__corner">
                {t('channels.weights.corner')}
              </th>
              {segments.map((segment) => (
                <th scope="col" key={segment.id}>
                  {segment.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {channels.map((channel, row) => (
              <tr key={channel.id}>
                <th scope="row">{channel.name}</th>
                {segments.map((segment, col) => {
                  const problem = invalidAt.get(`${row}:${col}`);
                  const changed = changedAt.has(`${row}:${col}`);
                  return (
                    <td
                      key={segment.id}
                      className={['weights-table__cell', problem ? 'is-invalid' : '', changed ? 'is-changed' : '']
                        .join(' ')
                        .trim()}
                    >
                      <input
                        id={cellId(row, col)}
                        className="weights-table__input"
                        data-row={row}
                        data-col={col}
                        value={cells[row]?.[col] ?? ''}
                        placeholder="0"
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        readOnly={!canWrite}
                        aria-label={t('channels.weights.cellLabel', { channel: channel.name, segment: segment.name })}
                        aria-invalid={problem ? true : undefined}
                        title={problem ? problemText(problem) : undefined}
                        onFocus={(e) => {
                          focused.current = { row, col };
                          editing.current = false;
                          valueOnFocus.current = e.currentTarget.value;
                          e.currentTarget.select();
                        }}
                        onChange={(e) => {
                          editing.current = true;
                          setCell(row, col, e.target.value);
                        }}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                        onPaste={(e) => onPaste(e, row, col)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
