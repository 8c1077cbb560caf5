-- "From the media balance to action" (issue 18): a PR_ACTION campaign planned as the reaction to an alert,
-- with the alert's cell and its gap and urgency over the alert window when the reaction was planned. Its own
-- table, written by the reaction feature alone; a campaign reacts to at most one alert and an alert gets at
-- most one reaction.
create table campaign_reaction (
    campaign_id       uuid             primary key,
    workspace_id      uuid             not null,
    alert_id          bigint           not null unique references alert (id) on delete cascade,
    segment_id        uuid             not null,
    channel_id        uuid             not null,
    gap_at_start      double precision not null,
    urgency_at_start  text             not null check (urgency_at_start in ('IMMEDIATE', 'MODERATE', 'SECONDARY', 'NONE')),
    started_at        timestamptz      not null,
    foreign key (workspace_id, campaign_id) references campaign (workspace_id, id) on delete cascade
);
