#!/usr/bin/env python3
"""Workload benchmark: the workload view (members × weeks across all campaigns) for 50 campaigns, 20 members
and 52 weeks, through the API of the app jar.

Makes the scratch database resonance_bench_workload afresh (the app's Flyway migrates it), a workspace through
the API (admin, analyst and 18 planners: 20 members), then writes with SQL, seeded: --campaigns campaigns over
the year (two business lines, one in ten cancelled), each with 10 milestones and --tasks-per-campaign tasks of
1–40 hours, a third of them spanning 2–21 days, assigned across the members. Then asks
workload(weeks: 52) --runs times one after the other (after a warm-up), and as often filtered by a business
line, and prints p50/p95 (client-side, HTTP round trip included).

    python3 bench/workload-benchmark.py [--campaigns 50] [--tasks-per-campaign 40] [--runs 200] [--port 8184]

Needs the local stack (started here when down) and the app jar (./mvnw -B -q -DskipTests package).
"""
import argparse, datetime, statistics, time

from benchlib import checked, post, psql, start_app, start_stack, stop, token

DATABASE = "resonance_bench_workload"
PLANNERS = ["planner%02d" % i for i in range(1, 19)]

CREATE_WORKSPACE = """mutation W($name: String!) { createWorkspace(input: {name: $name}) { id } }"""
ADD_MEMBER = """mutation M($w: ID!, $u: String!) { addMember(workspaceId: $w, username: $u) { id } }"""
WORKLOAD = """query Workload($w: ID!, $from: Date!, $line: String) {
  workload(workspaceId: $w, from: $from, weeks: 52, businessLine: $line) {
    weeks
    members { username weeklyCapacity peakWeeks cells { plannedHours capacity overCapacity } }
  }
}"""


def seed(workspace, first_monday, campaigns, tasks_per_campaign):
    """Campaigns, milestones and tasks of the workspace in one statement per table, seeded (setseed)."""
    psql("""
        select setseed(0.42);
        insert into campaign (id, workspace_id, name, type, status, starts_on, ends_on, event_date, owner,
                              business_line, created_at, updated_at)
        select gen_random_uuid(), '%(w)s', 'Campaign ' || i,
               (array['CONFERENCE', 'EXHIBITION', 'WEBINAR', 'MAILING'])[1 + i %% 4],
               case when i %% 10 = 0 then 'CANCELLED' else 'PLANNED' end,
               date '%(monday)s' + (i * 7) %% 330, date '%(monday)s' + (i * 7) %% 330 + 30,
               date '%(monday)s' + (i * 7) %% 330 + 28, 'admin',
               case when i %% 2 = 0 then 'Software' else 'Cooling' end, now(), now()
        from generate_series(1, %(campaigns)d) as i;
        insert into milestone (id, workspace_id, campaign_id, name, due_on, days_from_event, responsible, created_at)
        select gen_random_uuid(), c.workspace_id, c.id, 'Milestone ' || k, c.event_date - 7 * k, -7 * k,
               (array['admin', 'analyst'])[1 + k %% 2], now()
        from campaign c cross join generate_series(1, 10) as k where c.workspace_id = '%(w)s';
        insert into task (id, workspace_id, campaign_id, title, assignee, estimated_hours, starts_on, due_on,
                          state, created_at, updated_at)
        select gen_random_uuid(), t.workspace_id, t.campaign_id, 'Task ' || t.k, t.assignee, t.hours,
               case when t.k %% 3 = 0 then t.due_on - (2 + (random() * 19)::int) end, t.due_on,
               (array['TODO', 'IN_PROGRESS', 'DONE'])[1 + t.k %% 3], now(), now()
        from (select c.workspace_id, c.id as campaign_id, k,
                     (array[%(members)s])[1 + (random() * 19)::int] as assignee,
                     (1 + random() * 39)::numeric(6, 2) as hours,
                     date '%(monday)s' + (random() * 363)::int as due_on
              from campaign c cross join generate_series(1, %(tasks)d) as k where c.workspace_id = '%(w)s') t;
        """ % {"w": workspace, "monday": first_monday, "campaigns": campaigns, "tasks": tasks_per_campaign,
               "members": ", ".join("'%s'" % m for m in ["admin", "analyst"] + PLANNERS)}, DATABASE)
    # Statistics and the visibility map, as autovacuum would leave them (VACUUM cannot share a transaction).
    psql("vacuum analyze campaign, milestone, task, workspace_member, member_capacity", DATABASE)


def figures(samples):
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def timed_runs(url, bearer, variables, runs, name):
    for _ in range(20):
        checked(name, post(url, {"query": WORKLOAD, "variables": variables}, bearer))
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        data = checked(name, post(url, {"query": WORKLOAD, "variables": variables}, bearer))
        samples.append((time.perf_counter() - started) * 1000)
    return samples, data["workload"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--campaigns", type=int, default=50)
    parser.add_argument("--tasks-per-campaign", type=int, default=40)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--port", type=int, default=8184)
    args = parser.parse_args()

    start_stack()
    psql("drop database if exists %s" % DATABASE)
    psql("create database %s owner resonance" % DATABASE)
    app = start_app(args.port, DATABASE, "bench-workload-app.log")  # Flyway migrates the empty database
    try:
        url = "http://localhost:%d/graphql" % args.port
        bearer = token("admin")
        workspace = checked("createWorkspace", post(url, {"query": CREATE_WORKSPACE,
                                                          "variables": {"name": "Workload benchmark"}}, bearer))
        workspace = workspace["createWorkspace"]["id"]
        for member in ["analyst"] + PLANNERS:
            checked("addMember", post(url, {"query": ADD_MEMBER, "variables": {"w": workspace, "u": member}}, bearer))
        today = datetime.date.today()
        first_monday = today - datetime.timedelta(days=today.weekday())
        seed(workspace, first_monday, args.campaigns, args.tasks_per_campaign)
        tasks = int(psql("select count(*) from task where workspace_id = '%s'" % workspace, DATABASE))

        variables = {"w": workspace, "from": first_monday.isoformat(), "line": None}
        all_lines, view = timed_runs(url, bearer, variables, args.runs, "workload")
        one_line, _ = timed_runs(url, bearer, dict(variables, line="Software"), args.runs, "workload (Software)")
        members, weeks = len(view["members"]), len(view["weeks"])
        peaks = sum(member["peakWeeks"] for member in view["members"])

        print()
        print("Workspace %s: %d campaigns, %d tasks, %d members × %d weeks (%d peak cells)"
              % (workspace, args.campaigns, tasks, members, weeks, peaks))
        print("  workload, all business lines (%d runs): p50 %.1f ms, p95 %.1f ms   [goal p95 <= 100 ms]"
              % ((args.runs,) + figures(all_lines)))
        print("  workload, one business line (%d runs): p50 %.1f ms, p95 %.1f ms"
              % ((args.runs,) + figures(one_line)))
    finally:
        stop(app)


if __name__ == "__main__":
    main()
