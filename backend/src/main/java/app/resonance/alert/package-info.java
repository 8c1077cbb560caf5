/**
 * Alerts: a cell of the media balance whose urgency over the rolling alert window changed. The
 * evaluator drains the cells that writes queued (balance_dirty), stores one alert per changed cell
 * and announces it with NOTIFY; every instance's feed LISTENs and pushes alerts to its subscribers.
 */
package app.resonance.alert;
