import type { KeyboardEvent } from 'react';
import type { FieldErrors } from '../../api/graphqlErrors';

/** An Enter that should save the form: not one that confirms an input method's composition. */
function isSaveKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.nativeEvent.isComposing;
}

/** A form's key handler: Enter saves, except from the elements `keepsEnter` names (a text area's new line). */
export function saveOnEnter(save: () => void, keepsEnter: (target: HTMLElement) => boolean = () => false) {
  return (e: KeyboardEvent) => {
    if (isSaveKey(e) && !keepsEnter(e.target as HTMLElement)) {
      e.preventDefault();
      save();
    }
  };
}

/** The server's errors without the one on `field`, once the user changes that field. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field));
}

/** For `saveOnEnter`: in a text area Enter starts a new line. */
export function isInTextArea(target: HTMLElement): boolean {
  return target.localName === 'textarea' || Boolean(target.closest?.('vaadin-text-area'));
}
