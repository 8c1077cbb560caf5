import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { datePickerI18n } from '../../publication/format';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { DraftFormDialog } from '../../ui/components/DraftFormDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { RowActions } from '../../ui/components/RowActions';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreateEquipment } from '../hooks/useCreateEquipment';
import { useDeleteEquipment } from '../hooks/useDeleteEquipment';
import { useOwnedEquipment, type Owner } from '../hooks/useOwnedEquipment';
import { useUpdateEquipment } from '../hooks/useUpdateEquipment';
import {
  EQUIPMENT_LIMITS,
  equipmentDraftOf,
  localToday,
  toEquipmentInput,
  validateEquipment,
  type Equipment,
  type EquipmentDraft,
} from '../validation';
import '../../ui/pages.css';

type Props = Readonly<{ workspaceId: string; owner: Owner; canWrite: boolean; compact: boolean }>;
type Editing = { kind: 'closed' } | { kind: 'create' } | { kind: 'edit'; equipment: Equipment };

/** The equipment a company or contact owns: product, model, production and purchase dates, quantity. */
export function EquipmentPanel({ workspaceId, owner, canWrite, compact }: Props) {
  const { t, i18n } = useTranslation();
  const { equipment, more, error, retry } = useOwnedEquipment(workspaceId, owner);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [deleting, setDeleting] = useState<Equipment | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [, remove] = useDeleteEquipment();
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const day = (iso: string | null | undefined) => (iso ? dates.format(new Date(`${iso}T00:00:00`)) : '—');

  const confirmDelete = async () => {
    const piece = deleting;
    setDeleting(null);
    if (!piece) return;
    const { error: refused } = await remove({ workspaceId, id: piece.id });
    setNotice(
      refused
        ? { kind: 'error', text: generalErrorMessage(refused, t) ?? '' }
        : { kind: 'ok', text: t('equipment.deleted', { product: piece.product }) },
    );
  };

  return (
    <section className="card equipment" aria-labelledby="equipment-title">
      <header className="card__header">
        <h3 id="equipment-title">{t('equipment.title')}</h3>
        {canWrite && (
          <Button id="equipment-add" theme="tertiary" onClick={() => setEditing({ kind: 'create' })}>
            {t('equipment.add')}
          </Button>
        )}
      </header>
      <PageNotice notice={notice} />
      {error && !equipment ? (
        <ErrorState error={error} onRetry={retry} />
      ) : equipment && equipment.length === 0 ? (
        <p className="muted">{t('equipment.empty')}</p>
      ) : (
        <ul className="record-list" id="equipment-list">
          {(equipment ?? []).map((piece) => (
            <li key={piece.id} className="record-list__item">
              <span className="entity-cell">
                <span className="entity-cell__name">
                  {piece.product}
                  {piece.model && ` · ${piece.model}`}
                  {piece.quantity > 1 && ` × ${new Intl.NumberFormat(i18n.language).format(piece.quantity)}`}
                </span>
                <span className="entity-cell__meta">
                  {t('equipment.dates', { produced: day(piece.productionDate), bought: day(piece.purchaseDate) })}
                </span>
              </span>
              {canWrite && (
                <RowActions<'edit' | 'delete'>
                  compact={compact}
                  menuLabel={t('common.actionsFor', { name: piece.product })}
                  actions={[
                    { action: 'edit', text: t('common.edit'), label: t('common.editLabel', { name: piece.product }) },
                    {
                      action: 'delete',
                      text: t('common.delete'),
                      label: t('common.deleteLabel', { name: piece.product }),
                      destructive: true,
                    },
                  ]}
                  onAction={(action) =>
                    action === 'edit' ? setEditing({ kind: 'edit', equipment: piece }) : setDeleting(piece)
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {more && <p className="muted">{t('equipment.more')}</p>}
      <EquipmentDialog
        workspaceId={workspaceId}
        owner={owner}
        editing={editing}
        onClose={() => setEditing({ kind: 'closed' })}
        onSaved={(piece) => {
          setEditing({ kind: 'closed' });
          setNotice({ kind: 'ok', text: t('equipment.saved', { product: piece.product }) });
        }}
      />
      <DeleteConfirmDialog
        id="equipment-delete-confirm"
        opened={deleting !== null}
        title={t('equipment.deleteTitle')}
        text={t('equipment.deleteText', { product: deleting?.product ?? '' })}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}

type DialogProps = Readonly<{
  workspaceId: string;
  owner: Owner;
  editing: Editing;
  onClose: () => void;
  onSaved: (equipment: Equipment) => void;
}>;

function EquipmentDialog({ workspaceId, owner, editing, onClose, onSaved }: DialogProps) {
  const { t, i18n } = useTranslation();
  const [created, create] = useCreateEquipment();
  const [updated, update] = useUpdateEquipment();
  const record = editing.kind === 'edit' ? editing.equipment : null;
  const validate = useCallback((draft: EquipmentDraft) => validateEquipment(draft, localToday()), []);
  const form = useDraftForm({
    opened: editing.kind !== 'closed',
    record,
    draftOf: equipmentDraftOf,
    validate,
    saving: created.fetching || updated.fetching,
    firstField: 'product',
    save: async (draft) => {
      const input = toEquipmentInput(draft, owner);
      return outcomeOf(await (record ? update({ workspaceId, id: record.id, input }) : create({ workspaceId, input })));
    },
    onSaved,
  });
  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('equipment.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );
  const dateProps = (field: 'productionDate' | 'purchaseDate') => {
    const { onValueChanged, ...rest } = form.textProps(field);
    return { ...rest, onValueChanged, i18n: pickerI18n, max: localToday() };
  };
  return (
    <DraftFormDialog
      opened={editing.kind !== 'closed'}
      title={record ? t('equipment.editTitle') : t('equipment.addTitle')}
      saveId="equipment-save"
      saving={created.fetching || updated.fetching}
      submit={form.submit}
      generalError={form.generalError}
      onClose={onClose}
    >
      <TextField
        id="equipment-product"
        label={t('equipment.product')}
        required
        maxlength={EQUIPMENT_LIMITS.product + 1}
        ref={form.nameField}
        {...form.textProps('product')}
      />
      <TextField
        id="equipment-model"
        label={t('equipment.model')}
        maxlength={EQUIPMENT_LIMITS.model + 1}
        {...form.textProps('model')}
      />
      <DatePicker
        id="equipment-production-date"
        label={t('equipment.productionDate')}
        {...dateProps('productionDate')}
      />
      <DatePicker id="equipment-purchase-date" label={t('equipment.purchaseDate')} {...dateProps('purchaseDate')} />
      <IntegerField
        id="equipment-quantity"
        label={t('equipment.quantity')}
        min={1}
        max={EQUIPMENT_LIMITS.quantityMax}
        stepButtonsVisible
        {...form.textProps('quantity')}
      />
    </DraftFormDialog>
  );
}
