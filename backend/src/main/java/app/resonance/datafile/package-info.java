/**
 * Files in and out: uploads (HTTP POST /api/uploads), import jobs with progress and the bad rows
 * they found, and downloads of exports through short-lived links (GET /api/downloads/{token}).
 * The features parse and write their own rows; this package moves the files and runs the jobs.
 */
package app.resonance.datafile;
