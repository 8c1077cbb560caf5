/**
 * Companies (accounts) of the customer base: the client's customers and prospects with their status,
 * size, account manager and upsell potential. A Relay connection with search, filters and sorting over
 * SQL; every change is written with its timeline entry in one transaction.
 */
package app.resonance.company;
