/**
 * Contacts (people) of the customer base, with or without a company (B2C has none): a Relay connection
 * with prefix search by name or email that stays an index search at a million contacts, filters
 * (consent among them) and sorting; consent and timeline fields; every change written with its timeline
 * entry in one transaction.
 */
package app.resonance.contact;
