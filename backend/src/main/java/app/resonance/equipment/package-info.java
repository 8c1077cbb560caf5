/**
 * Equipment a company (or a contact) owns: product, model, production and purchase dates, quantity, e.g. for
 * target groups such as "has equipment bought before 2019".
 */
package app.resonance.equipment;
