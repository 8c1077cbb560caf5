import { Button } from '@vaadin/react-components/Button.js';
import { DateTimePicker } from '@vaadin/react-components/DateTimePicker.js';
import { IntegerField } from '@vaadin/react-components/IntegerField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorMessage } from '../../api/graphqlErrors';
import { datePickerI18n } from '../../publication/format';
import { DeleteConfirmDialog } from '../../ui/components/DeleteConfirmDialog';
import { DraftFormDialog } from '../../ui/components/DraftFormDialog';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormError } from '../../ui/components/FormError';
import { PageNotice, type Notice } from '../../ui/components/PageNotice';
import { outcomeOf, useDraftForm } from '../../ui/hooks/useDraftForm';
import { useCreatePurchase } from '../hooks/useCreatePurchase';
import { useDeletePurchase } from '../hooks/useDeletePurchase';
import { useOwnedPurchases, type Owner } from '../hooks/useOwnedPurchases';
import {
  emptyItem,
  formatAmount,
  ITEM_LIMITS,
  purchaseDraftOf,
  toPurchaseInput,
  validatePurchase,
  type ItemDraft,
  type Purchase,
  type PurchaseDraft,
} from '../validation';
import '../../ui/pages.css';
import '../purchases.css';

type Props = Readonly<{ workspaceId: string; owner: Owner; canWrite: boolean }>;

/** A company's or contact's purchases, the latest first: when, how much, what. */
export function PurchasesPanel({ workspaceId, owner, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const { purchases, more, error, retry } = useOwnedPurchases(workspaceId, owner);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Purchase | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [, remove] = useDeletePurchase();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const confirmDelete = async () => {
    const purchase = deleting;
    setDeleting(null);
    if (!purchase) return;
    const { error: refused } = await remove({ workspaceId, id: purchase.id });
    setNotice(
      refused
        ? { kind: 'error', text: generalErrorMessage(refused, t) ?? '' }
        : { kind: 'ok', text: t('purchases.deleted') },
    );
  };

  return (
    <section className="card purchases" aria-labelledby="purchases-title">
      <header className="card__header">
        <h3 id="purchases-title">{t('purchases.title')}</h3>
        {canWrite && (
          <Button id="purchase-add" theme="tertiary" onClick={() => setAdding(true)}>
            {t('purchases.add')}
          </Button>
        )}
      </header>
      <PageNotice notice={notice} />
      {error && !purchases ? (
        <ErrorState error={error} onRetry={retry} />
      ) : purchases && purchases.length === 0 ? (
        <p className="muted">{t('purchases.empty')}</p>
      ) : (
        <ul className="record-list" id="purchase-list">
          {(purchases ?? []).map((purchase) => {
            const amount = formatAmount(purchase.amount, purchase.currency, i18n.language);
            const date = when.format(new Date(purchase.purchasedAt));
            return (
              <li key={purchase.id} className="record-list__item">
                <span className="entity-cell">
                  <span className="entity-cell__name">
                    {amount} · <time dateTime={purchase.purchasedAt}>{date}</time>
                  </span>
                  <span className="entity-cell__meta">
                    {purchase.items
                      .map((item) => `${item.product}${item.category ? ` (${item.category})` : ''} × ${item.quantity}`)
                      .join(', ')}
                  </span>
                </span>
                {canWrite && (
                  <Button
                    theme="tertiary small error"
                    aria-label={t('purchases.deleteLabel', { amount, date })}
                    onClick={() => setDeleting(purchase)}
                  >
                    {t('common.delete')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {more && <p className="muted">{t('purchases.more')}</p>}
      <PurchaseDialog
        workspaceId={workspaceId}
        owner={owner}
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          setNotice({ kind: 'ok', text: t('purchases.saved') });
        }}
      />
      <DeleteConfirmDialog
        id="purchase-delete-confirm"
        opened={deleting !== null}
        title={t('purchases.deleteTitle')}
        text={t('purchases.deleteText')}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}

type DialogProps = Readonly<{
  workspaceId: string;
  owner: Owner;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}>;

function PurchaseDialog({ workspaceId, owner, opened, onClose, onSaved }: DialogProps) {
  const { t, i18n } = useTranslation();
  const [state, create] = useCreatePurchase();
  const validate = useCallback((draft: PurchaseDraft) => validatePurchase(draft, new Date()), []);
  const form = useDraftForm({
    opened,
    record: null,
    draftOf: purchaseDraftOf,
    validate,
    saving: state.fetching,
    firstField: 'amount',
    save: async (draft) => outcomeOf(await create({ workspaceId, input: toPurchaseInput(draft, owner) })),
    onSaved,
  });
  const pickerI18n = useMemo(
    () => datePickerI18n(i18n.language, { today: t('purchases.today'), cancel: t('common.cancel') }),
    [i18n.language, t],
  );
  const items = form.draft.items;
  const setItem = (index: number, patch: Partial<ItemDraft>) =>
    form.change(
      'items',
      items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    );
  const { onValueChanged: setWhen, ...when } = form.textProps('purchasedAt');

  return (
    <DraftFormDialog
      opened={opened}
      title={t('purchases.addTitle')}
      saveId="purchase-save"
      saving={state.fetching}
      submit={form.submit}
      generalError={form.generalError}
      onClose={onClose}
    >
      <TextField
        id="purchase-amount"
        label={t('purchases.amount')}
        required
        inputMode="decimal"
        ref={form.nameField}
        {...form.textProps('amount')}
      />
      <TextField
        id="purchase-currency"
        label={t('purchases.currency')}
        required
        maxlength={3}
        {...form.textProps('currency')}
      />
      <DateTimePicker
        id="purchase-at"
        label={t('purchases.purchasedAt')}
        required
        i18n={pickerI18n}
        {...when}
        onValueChanged={setWhen}
      />
      <fieldset className="purchase-items">
        <legend>{t('purchases.items')}</legend>
        {items.map((item, index) => (
          <div
            key={index}
            className="purchase-item"
            role="group"
            aria-label={t('purchases.itemLabel', { n: index + 1 })}
          >
            <TextField
              label={t('purchases.product')}
              required
              maxlength={ITEM_LIMITS.product + 1}
              value={item.product}
              onValueChanged={(e) => setItem(index, { product: e.detail.value })}
            />
            <TextField
              label={t('purchases.category')}
              maxlength={ITEM_LIMITS.category + 1}
              value={item.category}
              onValueChanged={(e) => setItem(index, { category: e.detail.value })}
            />
            <IntegerField
              label={t('purchases.quantity')}
              min={1}
              value={item.quantity}
              onValueChanged={(e) => setItem(index, { quantity: e.detail.value })}
            />
            {items.length > 1 && (
              <Button
                theme="tertiary error"
                aria-label={t('purchases.removeItem', { n: index + 1 })}
                onClick={() =>
                  form.change(
                    'items',
                    items.filter((_, i) => i !== index),
                  )
                }
              >
                {t('purchases.remove')}
              </Button>
            )}
          </div>
        ))}
        <FormError message={form.errorOf('items')} />
        <Button theme="tertiary" onClick={() => form.change('items', [...items, emptyItem()])}>
          {t('purchases.addItem')}
        </Button>
      </fieldset>
    </DraftFormDialog>
  );
}
