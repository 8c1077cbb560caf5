/**
 * Purchases of a contact, a company, or a contact on behalf of their company: when, amount and currency, and the
 * items bought (product, category, quantity), e.g. for target groups such as "bought three items in a week".
 */
package app.resonance.purchase;
