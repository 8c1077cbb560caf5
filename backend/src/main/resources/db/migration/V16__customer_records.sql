-- A workspace's purchases, the latest first (the purchases list without a company or contact): a keyset page
-- reads its rows in index order instead of sorting all of a big workspace's purchases.
create index purchase_workspace_time on purchase (workspace_id, purchased_at desc, id desc);
