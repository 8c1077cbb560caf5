#!/usr/bin/env python3
"""Customer import benchmark: N contacts (1,000,000 by default) and their companies from CSV through the real
API, beside a plain SQL load of the same rows into the same tables.

Starts the app jar on an empty scratch database, creates a workspace and imports the customer base's
companies.csv and then contacts.csv exactly as a user would (upload, startImport with kind CONTACTS, poll
importJob). The app stores each contact and, as for every imported contact, a CREATED timeline entry.
The plain SQL load runs on copies of the migrated, still empty database (so that neither side inherits
the other's rows): psql `\\copy` of contacts.csv into a staging table and one INSERT … SELECT into contact
(company by external id, time-ordered ids as the app makes them), once alone and once with the timeline
entries too. Prints contacts/s for each and the ratios.

    PG_DATA=/work/main/.local/postgres python3 bench/customer-import-benchmark.py \\
        [--files .local/customers-1000000] [--port 8111] [--database resonance_bench_customer_import]

Needs the local stack (PostgreSQL and Keycloak running; PG_DATA names the cluster's directory, whose
socket the scratch databases are made through), the app jar (./mvnw -B -q -DskipTests package) and the
files of GenerateCustomerBase (generated with the bench jar when --files is missing).
"""
import argparse, os, subprocess, sys, time

from benchlib import BENCH_JAR, LOCAL, ImportApi, PG_PORT, psql, start_app, stop

# The staging table and the INSERT of load-customer-base.sh, for contacts only; ids as TimeOrderedIds makes
# them (the time in the high bits), since random ids would make the SQL side's indexes slower than the app's.
PLAIN_LOAD = r"""
\set ON_ERROR_STOP on
begin;
create temp table s_contact (external_id text, company_external_id text, first_name text, last_name text,
    position text, key_staff boolean, management boolean, email text, phone text, city text, country text,
    preferred_language text, lead_score numeric) on commit drop;
\copy s_contact from '%(dir)s/contacts.csv' with (format csv, header true)
insert into contact (id, workspace_id, company_id, first_name, last_name, position, key_staff, management,
                     email, phone, city, country, preferred_language, external_id, created_at, updated_at)
select (lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
        || left(md5(random()::text), 20))::uuid, :'workspace', co.id, coalesce(s.first_name, ''),
       coalesce(s.last_name, ''), coalesce(s.position, ''), coalesce(s.key_staff, false),
       coalesce(s.management, false), coalesce(s.email, ''), coalesce(s.phone, ''), coalesce(s.city, ''),
       s.country, s.preferred_language, s.external_id, now(), now()
from s_contact s
left join company co on co.workspace_id = :'workspace' and co.external_id = s.company_external_id;
%(timeline)s
commit;
"""

TIMELINE = r"""
insert into timeline_entry (id, workspace_id, contact_id, at, kind, actor, details)
select (lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
        || left(md5(random()::text), 20))::uuid, :'workspace', id, now(), 'CREATED', 'bench', '{}'
from contact where workspace_id = :'workspace';
"""

# Companies for the plain load's contacts to refer to (not timed).
COMPANIES = r"""
\set ON_ERROR_STOP on
create temp table s_company (external_id text, name text, industry text, region text, size text, status text,
    upsell_potential text, sector text);
\copy s_company from '%(dir)s/companies.csv' with (format csv, header true)
insert into company (id, workspace_id, name, industry, region, size, status, upsell_potential, external_id,
                     created_at, updated_at)
select gen_random_uuid(), :'workspace', name, coalesce(industry, ''), coalesce(region, ''), size, status,
       upsell_potential, external_id, now(), now()
from s_company;
analyze company;
"""


def psql_script(database, workspace, script):
    """Runs a psql script as the app's user (as the app connects) with the workspace in :workspace."""
    env = dict(os.environ, PGPASSWORD="resonance")
    subprocess.run(["psql", "-q", "-X", "-v", "workspace=" + workspace,
                    "postgresql://resonance@127.0.0.1:%s/%s" % (PG_PORT, database)],
                   input=script, text=True, check=True, env=env, stdout=subprocess.DEVNULL)


def new_workspace(database):
    return psql("insert into workspace (id, name, created_at, created_by) values (gen_random_uuid(),"
                " 'Plain SQL load', now(), 'bench') returning id", database).splitlines()[0]


def plain_load(database, files, with_timeline):
    workspace = new_workspace(database)
    psql_script(database, workspace, COMPANIES % {"dir": files})
    started = time.time()
    psql_script(database, workspace, PLAIN_LOAD % {"dir": files, "timeline": TIMELINE if with_timeline else ""})
    return time.time() - started


def timed_import(api, workspace, path, kind):
    """Uploads and imports the file; answers (upload seconds, import seconds, job, steps)."""
    started = time.time()
    upload = api.upload(path)
    uploaded = time.time()
    job = api.graphql("mutation($w: ID!, $u: ID!, $k: ImportKind!) { startImport(workspaceId: $w, uploadId: $u,"
                      " kind: $k) { id } }", w=workspace, u=upload, k=kind)["startImport"]["id"]
    steps = []
    result = api.wait(workspace, job, steps)
    finished = time.time()
    if result["state"] != "SUCCEEDED":
        sys.exit("the %s import failed: %s %s" % (kind, result["message"], result["problems"][:5]))
    return uploaded - started, finished - uploaded, result, steps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", default=os.path.join(LOCAL, "customers-1000000"))
    parser.add_argument("--port", type=int, default=8111)
    parser.add_argument("--database", default="resonance_bench_customer_import")
    args = parser.parse_args()

    files = os.path.abspath(args.files)
    if not os.path.exists(os.path.join(files, "contacts.csv")):
        subprocess.run(["java", "-cp", BENCH_JAR, "app.resonance.bench.GenerateCustomerBase", "--out", files],
                       check=True)
    with open(os.path.join(files, "contacts.csv"), "rb") as f:
        contacts = sum(1 for _ in f) - 1
    with open(os.path.join(files, "companies.csv"), "rb") as f:
        companies = sum(1 for _ in f) - 1

    # The migrated empty database, and two copies of it for the plain loads.
    plain, plain_timeline = args.database + "_sql", args.database + "_sql_timeline"
    for database in (args.database, plain, plain_timeline):
        psql("drop database if exists %s" % database)
    psql("create database %s owner resonance" % args.database)
    stop(start_app(args.port, args.database, "bench-customer-import-app.log"))  # Flyway migrates it
    for database in (plain, plain_timeline):
        psql("create database %s owner resonance template %s" % (database, args.database))

    app = start_app(args.port, args.database, "bench-customer-import-app.log")
    try:
        api = ImportApi("http://localhost:%d" % args.port)
        workspace = api.graphql("mutation($n: String!) { createWorkspace(input: { name: $n }) { id } }",
                                n="Customer import benchmark")["createWorkspace"]["id"]
        _, companies_seconds, _, _ = timed_import(api, workspace, os.path.join(files, "companies.csv"), "COMPANIES")
        upload_seconds, import_seconds, job, steps = timed_import(
            api, workspace, os.path.join(files, "contacts.csv"), "CONTACTS")
        if job["rowsCreated"] != contacts:
            sys.exit("the import created %s contacts of %d" % (job["rowsCreated"], contacts))
    finally:
        stop(app)

    plain_seconds = plain_load(plain, files, False)
    plain_timeline_seconds = plain_load(plain_timeline, files, True)
    for database in (args.database, plain, plain_timeline):
        psql("drop database %s" % database)

    print()
    print("Customer import of %d contacts (CSV, %.0f MB) into an empty workspace with %d companies;"
          " the machine has 2 cores shared with other work (load average %s):"
          % (contacts, os.path.getsize(os.path.join(files, "contacts.csv")) / 1e6, companies,
             "%.1f" % os.getloadavg()[0]))
    print("  companies import (check + write)     %7.1f s   %8.0f companies/s" % (companies_seconds, companies / companies_seconds))
    print("  contacts upload                      %7.1f s" % upload_seconds)
    print("  contacts import (check + write)      %7.1f s   %8.0f contacts/s   (goal: 20,000/s)"
          % (import_seconds, contacts / import_seconds))
    print("  plain SQL: \\copy + insert … select   %7.1f s   %8.0f contacts/s   import / plain SQL  %.2f x"
          % (plain_seconds, contacts / plain_seconds, import_seconds / plain_seconds))
    print("  the same with the timeline entries   %7.1f s   %8.0f contacts/s   import / plain SQL  %.2f x"
          % (plain_timeline_seconds, contacts / plain_timeline_seconds, import_seconds / plain_timeline_seconds))
    print("  steps, as importJob showed them: %s" % " → ".join("%s at %.1f s" % (step, at) for at, step in steps))


if __name__ == "__main__":
    main()
