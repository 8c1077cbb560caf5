/**
 * The supplier directory of the campaign side: companies that offer marketing services (the budget
 * categories), with a contact and notes. Engagements and ratings build on it.
 */
package app.resonance.supplier;
