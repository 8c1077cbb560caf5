-- Repeatable: the one definition of supplier_scores_refresh; change it here. Flyway runs this file again whenever it
-- changes, after the versioned migrations (V31 made the tables). A new signature needs a versioned migration that
-- drops the old function first.

-- Recomputes the suppliers' scores per criterion and track records from their engagements and ratings (the model:
-- SupplierScoring). The supplier feature calls it in the transaction of every write that changes them; a supplier
-- has tens of engagements, so this is a few hundred rows at most.
create or replace function supplier_scores_refresh(suppliers uuid[]) returns void
    language sql as $$
    delete from supplier_criterion_score where supplier_id = any (suppliers);
    insert into supplier_criterion_score (workspace_id, supplier_id, criterion_id, weight_sum, score_sum, ratings)
    select e.workspace_id, e.supplier_id, r.criterion_id, sum(d.weight), sum(d.weight * r.score), count(*)
    from supplier_engagement e
    join supplier_rating r on r.engagement_id = e.id
    cross join lateral (select power(2::float8, (e.engaged_on - date '2000-01-01') / 365::float8) as weight) d
    where e.supplier_id = any (suppliers)
    group by e.workspace_id, e.supplier_id, r.criterion_id;
    delete from supplier_track_record where supplier_id = any (suppliers);
    insert into supplier_track_record (supplier_id, workspace_id, engagements, rated, on_time, late, last_engaged_on)
    select e.supplier_id, e.workspace_id, count(*),
           count(*) filter (where exists (select 1 from supplier_rating r where r.engagement_id = e.id)),
           count(*) filter (where e.on_time), count(*) filter (where not e.on_time), max(e.engaged_on)
    from supplier_engagement e
    where e.supplier_id = any (suppliers)
    group by e.supplier_id, e.workspace_id;
$$;
