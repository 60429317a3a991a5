-- 019: crowd-sourced pay contributions: tables, rate limiting, crowd counts and the functions the web program and payband-admin call.
--
-- Implements the contributions SQL contract. What is
-- stored is only what the form asks for: role, region, years, pay, employment type,
-- skills and certifications. No IP address (rate limiting keys on a keyed hash the
-- program computes, kept one day), no free text from the user.
--
-- Concurrency, in short:
--   * a submission is one transaction; the idempotency key is UNIQUE and inserted
--     with ON CONFLICT DO NOTHING, so two concurrent calls with one key store once;
--   * the rate-limit count and the rate event of one client are serialised by a
--     transaction-level advisory lock on the client hash (else two parallel
--     requests could both see 4 of 5 and both pass);
--   * crowd_cells is kept by a DEFERRED constraint trigger: its row lock is taken at
--     commit time only, so an import running for minutes in one transaction does not
--     hold the cell's row and stall the web's submissions to that cell;
--   * readers (crowd_figures, contribution_receipt, v_crowd_export) only SELECT:
--     MVCC, they never wait for a writer and no writer waits for them.

create table contributions (
    id              bigint generated always as identity primary key,
    idempotency_key uuid not null unique,
    role_id         integer not null references roles,
    region_id       integer not null references regions,
    years           integer not null check (years between 0 and 60),
    base_salary     integer not null check (base_salary between 10000 and 2000000),
    bonus           integer not null default 0 check (bonus between 0 and 2000000),
    equity          integer not null default 0 check (equity between 0 and 5000000),
    -- at most 9,000,000: no integer overflow
    total_comp      integer not null generated always as (base_salary + bonus + equity) stored,
    employment_type text not null check (employment_type in ('full-time', 'part-time', 'contract')),
    status          text not null check (status in ('accepted', 'held', 'rejected')),
    hold_reason     text,
    source          text not null check (source in ('form', 'import')),
    created_at      timestamptz not null default now(),
    reviewed_at     timestamptz,
    -- a held contribution always says why (the reason is kept after review, as history)
    check (status <> 'held' or hold_reason is not null)
);
comment on table contributions is 'Pay contributed through the form or imported by payband-admin. Only accepted rows count in the crowd figures.';
comment on column contributions.idempotency_key is 'Chosen by the client per submission: a retried request stores nothing new.';
comment on column contributions.hold_reason is 'Why the outlier rule held the contribution for review (payband-admin held / accept / reject).';
comment on column contributions.total_comp is 'base_salary + bonus + equity: what the crowd percentiles are of.';
-- The cell lookups (outlier quartiles, crowd figures, receipt counts) are on
-- (role, region, status = accepted); total_comp last lets them read the values
-- from the index in order.
create index contributions_cell_idx on contributions (role_id, region_id, status, total_comp);
create index contributions_region_id_idx on contributions (region_id);
-- payband-admin's review queue: the held rows only (few), oldest first.
create index contributions_held_idx on contributions (id) where status = 'held';

create table contribution_skills (
    contribution_id bigint not null references contributions on delete cascade,
    skill_id        integer not null references skills,
    primary key (contribution_id, skill_id)
);
comment on table contribution_skills is 'Skills a contributor ticked.';
create index contribution_skills_skill_id_idx on contribution_skills (skill_id);

create table contribution_certifications (
    contribution_id  bigint not null references contributions on delete cascade,
    certification_id integer not null references certifications,
    primary key (contribution_id, certification_id)
);
comment on table contribution_certifications is 'Certifications a contributor ticked.';
create index contribution_certifications_certification_id_idx on contribution_certifications (certification_id);

-- One row per stored submission from the web, keyed by the program's keyed hash of
-- the client address (16 bytes today; never the address itself).
create table rate_events (
    client_hash bytea not null check (octet_length(client_hash) between 16 and 64),
    at          timestamptz not null default now()
);
comment on table rate_events is 'Recent web submissions per client (keyed hash), for the rate limit; rows older than a day are deleted by submit_contribution.';
create index rate_events_client_hash_at_idx on rate_events (client_hash, at);
-- finds the day-old rows to delete without scanning the table
create index rate_events_at_idx on rate_events (at);

create table crowd_cells (
    role_id     integer not null references roles,
    region_id   integer not null references regions,
    n_accepted  integer not null check (n_accepted >= 0),
    primary key (role_id, region_id)
);
comment on table crowd_cells is 'Accepted contributions per role x region, kept by the trigger on contributions (never written directly).';
create index crowd_cells_region_id_idx on crowd_cells (region_id);

-- Every change of an accepted row's count, whoever makes it (functions, payband-admin,
-- an owner's DELETE), moves crowd_cells by the same amount. SECURITY DEFINER: the
-- trigger is deferred to commit, which runs outside submit_contribution's definer
-- context, as payband_web (no privilege on crowd_cells). A trigger function cannot
-- be called directly, so this lends the owner's rights to nothing else.
create function crowd_cells_count()
returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
as $$
begin
    if tg_op <> 'INSERT' and old.status = 'accepted' then
        update crowd_cells set n_accepted = n_accepted - 1
        where role_id = old.role_id and region_id = old.region_id;
        if not found then
            raise exception 'crowd_cells: no row for role % region % while one was counted', old.role_id, old.region_id;
        end if;
    end if;
    if tg_op <> 'DELETE' and new.status = 'accepted' then
        insert into crowd_cells as c (role_id, region_id, n_accepted) values (new.role_id, new.region_id, 1)
        on conflict (role_id, region_id) do update set n_accepted = c.n_accepted + 1;
    end if;
    return null;
end $$;
comment on function crowd_cells_count() is 'Trigger: keeps crowd_cells.n_accepted equal to the accepted contributions per cell.';

-- DEFERRED: fires at commit, so crowd_cells' row lock is held only while committing
-- (see the top of the file). One event per row; an update composes (-1 then +1).
create constraint trigger contributions_crowd_count
    after insert or delete or update of status, role_id, region_id on contributions
    deferrable initially deferred
    for each row execute function crowd_cells_count();

create function crowd_cells_truncate()
returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
    delete from crowd_cells;
    return null;
end $$;
comment on function crowd_cells_truncate() is 'Trigger: TRUNCATE contributions empties crowd_cells (row triggers do not fire on TRUNCATE).';
create trigger contributions_crowd_truncate after truncate on contributions
    for each statement execute function crowd_cells_truncate();

-- Stores one contribution (the work shared by the form and the import). Not for the
-- web role: it has no rate limit; submit_contribution() and import_contribution()
-- call it. Returns the row's id and status; duplicate when p_key was stored before
-- (then nothing new is stored). Bad input raises SQLSTATE 22023 naming the field or
-- slug: the callers validate first, this is the safety net.
create function contribution_store(p_key uuid, p_role text, p_region text, p_years integer, p_base integer,
                                   p_bonus integer, p_equity integer, p_employment text, p_skills text[],
                                   p_certs text[], p_source text,
                                   out id bigint, out status text, out duplicate boolean)
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
    v_id        bigint;
    v_role_id   integer;
    v_region_id integer;
    v_skill_ids integer[];
    v_cert_ids  integer[];
    v_unknown   text;
    v_bonus     integer := coalesce(p_bonus, 0);
    v_equity    integer := coalesce(p_equity, 0);
    v_total     bigint;
    v_p10       integer;
    v_p90       integer;
    v_n         bigint;
    v_q         float8[];
    v_iqr       float8;
    v_reasons   text[] := '{}';
    v_status    text;
begin
    if p_key is null then
        raise exception 'idempotency key missing' using errcode = '22023';
    end if;
    if p_source is null or p_source not in ('form', 'import') then
        raise exception 'source must be form or import (got %)', coalesce(p_source, 'NULL') using errcode = '22023';
    end if;
    -- a retry returns the first result before anything else is checked
    select c.id, c.status into id, status from contributions c where c.idempotency_key = p_key;
    if found then
        duplicate := true;
        return;
    end if;

    select r.id into v_role_id from roles r where r.slug = p_role;
    if v_role_id is null then
        raise exception 'unknown role "%"', coalesce(p_role, 'NULL') using errcode = '22023';
    end if;
    select g.id into v_region_id from regions g where g.slug = p_region;
    if v_region_id is null then
        raise exception 'unknown region "%"', coalesce(p_region, 'NULL') using errcode = '22023';
    end if;
    -- the same bounds as the table's checks, with messages that name the field
    if p_years is null or p_years not between 0 and 60 then
        raise exception 'years must be 0 to 60 (got %)', coalesce(p_years::text, 'NULL') using errcode = '22023';
    end if;
    if p_base is null or p_base not between 10000 and 2000000 then
        raise exception 'base salary must be 10000 to 2000000 (got %)', coalesce(p_base::text, 'NULL') using errcode = '22023';
    end if;
    if v_bonus not between 0 and 2000000 then
        raise exception 'bonus must be 0 to 2000000 (got %)', v_bonus using errcode = '22023';
    end if;
    if v_equity not between 0 and 5000000 then
        raise exception 'equity must be 0 to 5000000 (got %)', v_equity using errcode = '22023';
    end if;
    if p_employment is null or p_employment not in ('full-time', 'part-time', 'contract') then
        raise exception 'employment type must be full-time, part-time or contract (got %)',
            coalesce(p_employment, 'NULL') using errcode = '22023';
    end if;
    -- the program's limits (bounds.h MAX_SKILLS, MAX_CERTS): bounds the work per call
    if cardinality(p_skills) > 40 or cardinality(p_certs) > 8 then
        raise exception 'at most 40 skills and 8 certifications (got % and %)',
            coalesce(cardinality(p_skills), 0), coalesce(cardinality(p_certs), 0) using errcode = '22023';
    end if;

    select string_agg(case when u is null then 'NULL' else format('"%s"', u) end, ', ') into v_unknown
    from unnest(p_skills) u
    where u is null or not exists (select 1 from skills s where s.slug = u);
    if v_unknown is not null then
        raise exception 'unknown skill %', v_unknown using errcode = '22023';
    end if;
    select string_agg(case when u is null then 'NULL' else format('"%s"', u) end, ', ') into v_unknown
    from unnest(p_certs) u
    where u is null or not exists (select 1 from certifications c where c.slug = u);
    if v_unknown is not null then
        raise exception 'unknown certification %', v_unknown using errcode = '22023';
    end if;
    select array_agg(distinct s.id) into v_skill_ids from skills s where s.slug = any (p_skills);
    select array_agg(distinct c.id) into v_cert_ids from certifications c where c.slug = any (p_certs);

    -- Outlier rule. Against the published distribution of the cell: estimate_base()'s
    -- p10/p90 (the cell's figure or its nearest ancestor's), read from the table that
    -- function looks up. Calling it instead costs ~0.5 ms a call (a SQL function is
    -- planned on every call), half the time of a whole submission; the self-test
    -- below checks that both agree.
    v_total := p_base::bigint + v_bonus + v_equity;
    select b.p10, b.p90 into v_p10, v_p90 from estimate_bases b
    where b.role_id = v_role_id and b.region_id = v_region_id;
    if v_p10 is not null and p_base < 0.5 * v_p10 then
        v_reasons := v_reasons || format('base salary %s is below half the published 10th percentile (%s)',
                                         p_base, v_p10);
    end if;
    if v_p90 is not null and v_total > 2 * v_p90::bigint then
        v_reasons := v_reasons || format('total pay %s is above twice the published 90th percentile (%s)',
                                         v_total, v_p90);
    end if;
    -- ... and, once the cell has 20 accepted contributions, against them: outside
    -- [Q1 - 3 IQR, Q3 + 3 IQR] ("far out" in Tukey's terms). One pass over the
    -- cell's accepted rows; the new row is not in it yet.
    -- XXX: O(rows in the cell) per submission (about 1 ms of sorting at 10,000 rows);
    -- far beyond that, keep Q1/Q3 per cell and refresh them every few hundred rows.
    select count(*), percentile_cont(array[0.25, 0.75]) within group (order by c.total_comp)
    into v_n, v_q
    from contributions c
    where c.role_id = v_role_id and c.region_id = v_region_id and c.status = 'accepted';
    if v_n >= 20 then
        v_iqr := v_q[2] - v_q[1];
        if v_total < v_q[1] - 3 * v_iqr or v_total > v_q[2] + 3 * v_iqr then
            v_reasons := v_reasons || format('total pay %s is outside %s to %s (quartiles of the %s accepted contributions '
                                             'for this role and region, widened by 3 times their spread)',
                                             v_total, round((v_q[1] - 3 * v_iqr)::numeric), round((v_q[2] + 3 * v_iqr)::numeric), v_n);
        end if;
    end if;
    v_status := case when cardinality(v_reasons) > 0 then 'held' else 'accepted' end;

    -- A concurrent call with the same key that committed first wins: DO NOTHING
    -- (it waits for that transaction rather than failing on the unique index).
    insert into contributions as c (idempotency_key, role_id, region_id, years, base_salary, bonus, equity,
                                    employment_type, status, hold_reason, source)
    values (p_key, v_role_id, v_region_id, p_years, p_base, v_bonus, v_equity, p_employment, v_status,
            nullif(array_to_string(v_reasons, '; '), ''), p_source)
    on conflict (idempotency_key) do nothing
    returning c.id into v_id;
    if v_id is null then
        -- a new statement, a new snapshot: it sees the winner's committed row
        select c.id, c.status into id, status from contributions c where c.idempotency_key = p_key;
        duplicate := true;
        return;
    end if;
    insert into contribution_skills (contribution_id, skill_id) select v_id, unnest(v_skill_ids);
    insert into contribution_certifications (contribution_id, certification_id) select v_id, unnest(v_cert_ids);
    id := v_id;
    status := v_status;
    duplicate := false;
end $$;
comment on function contribution_store(uuid, text, text, integer, integer, integer, integer, text, text[], text[], text)
    is 'Stores one contribution with the outlier rule (shared by submit_contribution and import_contribution; no rate limit; owner only).';

-- Contributions contract 1: the web form's submission. One call, one transaction.
create function submit_contribution(p_key uuid, p_role text, p_region text, p_years integer, p_base integer,
                                    p_bonus integer, p_equity integer, p_employment text, p_skills text[],
                                    p_certs text[], p_client_hash bytea, p_rate_limit integer,
                                    p_rate_window interval)
returns table (id bigint, status text, duplicate boolean, rate_limited boolean)
language plpgsql volatile security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
    v_count integer;
    v_r     record;
begin
    if p_client_hash is null or octet_length(p_client_hash) not between 16 and 64 then
        raise exception 'client hash must be 16 to 64 bytes' using errcode = '22023';
    end if;
    -- rate_events keeps one day: a longer window would be undercounted
    if p_rate_limit is null or p_rate_limit < 1 or p_rate_window is null
       or p_rate_window <= interval '0' or p_rate_window > interval '1 day' then
        raise exception 'rate limit must be at least 1 per a window of up to 1 day' using errcode = '22023';
    end if;
    -- one client at a time from here to commit: the count below and the event we add agree
    perform pg_advisory_xact_lock(hashtextextended(encode(p_client_hash, 'hex'), 19));

    select c.id, c.status into id, status from contributions c where c.idempotency_key = p_key;
    if found then
        duplicate := true;
        rate_limited := false;
        return next;
        return;
    end if;

    select count(*) into v_count
    from (select 1 from rate_events e
          where e.client_hash = p_client_hash and e.at > now() - p_rate_window
          limit p_rate_limit) x;
    if v_count >= p_rate_limit then
        id := null;
        status := null;
        duplicate := false;
        rate_limited := true;
        return next;
        return;
    end if;

    select * into v_r from contribution_store(p_key, p_role, p_region, p_years, p_base, p_bonus, p_equity,
                                              p_employment, p_skills, p_certs, 'form');
    if not v_r.duplicate then
        insert into rate_events (client_hash) values (p_client_hash);
        -- Keep rate_events to a day, a little at a time: at most 100 rows per call (more
        -- than one call adds), skipping rows another call is deleting (no waiting).
        delete from rate_events e
        where e.ctid = any (array(select o.ctid from rate_events o
                                  where o.at < now() - interval '1 day'
                                  limit 100 for update skip locked));
    end if;
    id := v_r.id;
    status := v_r.status;
    duplicate := v_r.duplicate;
    rate_limited := false;
    return next;
end $$;
comment on function submit_contribution(uuid, text, text, integer, integer, integer, integer, text, text[], text[], bytea, integer, interval)
    is 'Contributions contract 1: store a form submission (idempotent per key, rate limited per client hash, outliers held).';

-- For payband-admin's CSV import: like the form, without a client or a rate limit.
create function import_contribution(p_key uuid, p_role text, p_region text, p_years integer, p_base integer,
                                    p_bonus integer, p_equity integer, p_employment text, p_skills text[],
                                    p_certs text[])
returns table (id bigint, status text, duplicate boolean)
language sql volatile
set search_path = pg_catalog, public, pg_temp
as $$
    select s.id, s.status, s.duplicate
    from contribution_store(p_key, p_role, p_region, p_years, p_base, p_bonus, p_equity, p_employment,
                            p_skills, p_certs, 'import') s
$$;
comment on function import_contribution(uuid, text, text, integer, integer, integer, integer, text, text[], text[])
    is 'payband-admin import: store one CSV line (source import, no rate limit; owner only).';

-- Contributions contract 2: what the thank-you page says. Counts are the cell's
-- published data points plus the accepted contributions up to this one (ids are
-- in commit order closely enough for a "you are number N"). No row for an unknown id.
create function contribution_receipt(p_id bigint)
returns table (role_slug text, role_title text, region_slug text, region_name text, status text,
               count_before bigint, count_after bigint)
language plpgsql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
begin
    -- plpgsql, not sql: its plan is kept for the session (a SQL function that cannot
    -- be inlined is planned on every call)
    return query
    select r.slug::text, r.title, g.slug::text, g.name, c.status,
           p.points + k.n, p.points + k.n + (c.status = 'accepted')::integer
    from contributions c
    join roles r on r.id = c.role_id
    join regions g on g.id = c.region_id
    cross join lateral (select coalesce((select f.data_points from market_figures f
                                         where f.role_id = c.role_id and f.region_id = c.region_id
                                           and f.rank = 1), 0)::bigint as points) p
    cross join lateral (select count(*) as n from contributions o
                        where o.role_id = c.role_id and o.region_id = c.region_id
                          and o.status = 'accepted' and o.id < c.id) k
    where c.id = p_id;
end $$;
comment on function contribution_receipt(bigint) is 'Contributions contract 2: the cell and its count before and after this contribution (published data points + accepted contributions).';

-- Contributions contract 3: the crowd's figures for a cell. Privacy is decided here,
-- not in the program: quartiles only from 5 contributions, p10/p90 only from 20
-- (the extremes of a handful of people are their own salaries). Always one row.
-- XXX: sorts the cell's accepted rows per call (a few ms at 10,000); a page that
-- shows them on every view of a large cell would want them cached per cell.
create function crowd_figures(p_role text, p_region text)
returns table (n bigint, published_points bigint, median integer, p25 integer, p75 integer, p10 integer, p90 integer)
language plpgsql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
begin
    -- plpgsql for a plan kept per session, as contribution_receipt
    return query
    with cell as (
        select r.id as role_id, g.id as region_id
        from roles r, regions g
        where r.slug = p_role and g.slug = p_region
    ),
    stats as (
        -- percentile_cont on numeric: round() then breaks ties away from zero everywhere
        select count(c.id) as n,
               percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by c.total_comp) as q
        from cell
        join contributions c on c.role_id = cell.role_id and c.region_id = cell.region_id and c.status = 'accepted'
    )
    select s.n,
           coalesce((select f.data_points from market_figures f join cell on f.role_id = cell.role_id
                     and f.region_id = cell.region_id where f.rank = 1), 0)::bigint,
           case when s.n >= 5 then round(s.q[3]::numeric)::integer end,
           case when s.n >= 5 then round(s.q[2]::numeric)::integer end,
           case when s.n >= 5 then round(s.q[4]::numeric)::integer end,
           case when s.n >= 20 then round(s.q[1]::numeric)::integer end,
           case when s.n >= 20 then round(s.q[5]::numeric)::integer end
    from stats s;
end $$;
comment on function crowd_figures(text, text) is 'Contributions contract 3: crowd percentiles of total pay for a cell (median/quartiles from n >= 5, p10/p90 from n >= 20).';

-- Contributions contract 4 (payband-admin): review a contribution. held -> accepted
-- or rejected, accepted -> rejected; the same status again changes nothing; a
-- rejection is final. crowd_cells follows through the trigger. Unknown id: SQLSTATE
-- P0002; a status other than accepted/rejected: 22023; a move not listed: 55000.
create function contribution_review(p_id bigint, p_status text)
returns table (id bigint, previous_status text, status text)
language plpgsql volatile
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
    v_old text;
begin
    if p_status is null or p_status not in ('accepted', 'rejected') then
        raise exception 'a review sets accepted or rejected (got %)', coalesce(p_status, 'NULL') using errcode = '22023';
    end if;
    -- the row lock orders two reviews of one contribution
    select c.status into v_old from contributions c where c.id = p_id for update;
    if not found then
        raise exception 'contribution % does not exist', p_id using errcode = 'P0002';
    end if;
    if v_old <> p_status then
        if v_old = 'rejected' or (v_old = 'accepted' and p_status <> 'rejected') then
            raise exception 'contribution % is %: it cannot become %', p_id, v_old, p_status using errcode = '55000';
        end if;
        update contributions c set status = p_status, reviewed_at = now() where c.id = p_id;
    end if;
    id := p_id;
    previous_status := v_old;
    status := p_status;
    return next;
end $$;
comment on function contribution_review(bigint, text) is 'Contributions contract 4: payband-admin accept/reject (owner only).';

-- Contributions contract 4 (payband-admin export): every cell with accepted
-- contributions, through crowd_figures so the privacy rule is the same one.
create view v_crowd_export as
select r.slug::text as role_slug, g.slug::text as region_slug, f.n, f.median, f.p25, f.p75, f.p10, f.p90
from crowd_cells k
join roles r on r.id = k.role_id
join regions g on g.id = k.region_id
cross join lateral crowd_figures(r.slug, g.slug) f
where k.n_accepted > 0;
comment on view v_crowd_export is 'Contributions contract 4: crowd figures of every cell with accepted contributions, privacy rule applied (owner only).';

-- Self-test, rolled back: the contract's behaviour on this database's data. Runs
-- in a subtransaction that ends by raising PBSTX, so nothing it stored survives.
do $$
declare
    k       uuid[] := array(select gen_random_uuid() from generate_series(1, 12));
    h1      bytea := decode(repeat('a1', 16), 'hex');
    h2      bytea := decode(repeat('b2', 16), 'hex');
    r       record;
    held_id bigint;
    first_id bigint;
    i       integer;
begin
    begin
        -- 5 accepted from one client, the 6th refused, the same key again a duplicate
        for i in 1 .. 5 loop
            select * into r from submit_contribution(k[i], 'backend-developer', 'us', 5, 140000 + i * 1000, 0, 0,
                                                     'full-time', '{}', '{}', h1, 5, interval '10 minutes');
            if r.status is distinct from 'accepted' or r.duplicate or r.rate_limited then
                raise exception 'self-test: submission % gave %', i, r;
            end if;
            if i = 1 then first_id := r.id; end if;
        end loop;
        select * into r from submit_contribution(k[6], 'backend-developer', 'us', 5, 150000, 0, 0,
                                                 'full-time', '{}', '{}', h1, 5, interval '10 minutes');
        if not r.rate_limited or r.id is not null then
            raise exception 'self-test: the 6th submission in the window was not refused: %', r;
        end if;
        select * into r from submit_contribution(k[1], 'backend-developer', 'us', 5, 999999, 0, 0,
                                                 'full-time', '{}', '{}', h2, 5, interval '10 minutes');
        if not r.duplicate or r.id <> first_id or (select count(*) from contributions) <> 5 then
            raise exception 'self-test: a repeated key was not a duplicate of the first: %', r;
        end if;
        -- skills and certifications stored once each, duplicates in the list folded
        select * into r from submit_contribution(k[7], 'backend-developer', 'us', 8, 160000, 10000, 5000,
                                                 'contract', '{python,python,go}', '{aws-certified-developer}',
                                                 h2, 5, interval '10 minutes');
        if r.status <> 'accepted'
           or (select count(*) from contribution_skills where contribution_id = r.id) <> 2
           or (select count(*) from contribution_certifications where contribution_id = r.id) <> 1 then
            raise exception 'self-test: skills/certifications not stored as given: %', r;
        end if;
        -- base 20,000 is under half the published p10 for backend-developer/us: held
        select * into r from submit_contribution(k[8], 'backend-developer', 'us', 5, 20000, 0, 0,
                                                 'full-time', '{}', '{}', h2, 5, interval '10 minutes');
        if r.status <> 'held' then
            raise exception 'self-test: base 20000 was not held: %', r;
        end if;
        held_id := r.id;
        -- the outlier rule's p10/p90 are estimate_base()'s: for two cells and a fallback one
        if exists (select 1
                   from (select x.role_id, x.region_id from estimate_bases x
                         join roles xr on xr.id = x.role_id join regions xg on xg.id = x.region_id
                         where (xr.slug, xg.slug) in (('backend-developer', 'us'), ('data-scientist', 'us-vt'))
                         union all
                         (select x.role_id, x.region_id from estimate_bases x where x.fallback
                          order by x.role_id, x.region_id limit 1)) v
                   join roles vr on vr.id = v.role_id
                   join regions vg on vg.id = v.region_id
                   join estimate_bases b on b.role_id = v.role_id and b.region_id = v.region_id
                   cross join lateral estimate_base(vr.slug, vg.slug) e
                   where (b.p10, b.p90) is distinct from (e.p10, e.p90)) then
            raise exception 'self-test: estimate_bases and estimate_base() disagree on p10/p90';
        end if;
        select * into r from crowd_figures('backend-developer', 'us');
        if r.n <> 6 or r.median is null or r.p10 is not null or r.published_points <> 1368 then
            raise exception 'self-test: crowd_figures after 6 accepted: %', r;
        end if;
        select * into r from contribution_receipt(first_id);
        if r.count_before <> 1368 or r.count_after <> 1369 or r.status <> 'accepted' then
            raise exception 'self-test: receipt of the first: %', r;
        end if;
        select * into r from contribution_receipt(held_id);
        if r.count_before <> r.count_after or r.count_after <> 1368 + 6 then
            raise exception 'self-test: receipt of a held one: %', r;
        end if;
        -- review: held -> accepted counts; accepted -> rejected uncounts; rejected is final
        perform contribution_review(held_id, 'accepted');
        perform contribution_review(first_id, 'rejected');
        begin
            perform contribution_review(first_id, 'accepted');
            raise exception 'self-test: a rejected contribution was accepted again';
        exception when sqlstate '55000' then
            null;
        end;
        -- fire the deferred count triggers now, then compare the counts with the rows
        set constraints contributions_crowd_count immediate;
        if exists (select 1 from crowd_cells cc full join
                       (select role_id, region_id, count(*) as n from contributions where status = 'accepted'
                        group by 1, 2) c using (role_id, region_id)
                   where coalesce(cc.n_accepted, 0) <> coalesce(c.n, 0))
           or (select n_accepted from crowd_cells) <> 6 then
            raise exception 'self-test: crowd_cells disagrees with the accepted contributions';
        end if;
        if (select count(*) from v_crowd_export) <> 1 then
            raise exception 'self-test: v_crowd_export has % rows, expected 1', (select count(*) from v_crowd_export);
        end if;
        -- with 20 accepted in a cell, far outside their quartiles is held even inside the
        -- published bounds (data-scientist/us-vt: p10 76570, p90 160430): 100,000 ..
        -- 119,000 give Q1 104,750, Q3 114,250, so the upper fence is 142,750
        for i in 0 .. 19 loop
            perform import_contribution(gen_random_uuid(), 'data-scientist', 'us-vt', 3, 100000 + i * 1000, 0, 0,
                                        'full-time', '{}', '{}');
        end loop;
        select * into r from import_contribution(gen_random_uuid(), 'data-scientist', 'us-vt', 3, 140000, 0, 0,
                                                 'full-time', '{}', '{}');
        if r.status <> 'accepted' then
            raise exception 'self-test: 140000 inside the fence was held';
        end if;
        select * into r from import_contribution(gen_random_uuid(), 'data-scientist', 'us-vt', 3, 200000, 0, 0,
                                                 'full-time', '{}', '{}');
        if r.status <> 'held' or (select hold_reason from contributions where id = r.id) not like '%quartiles%' then
            raise exception 'self-test: 200000 beyond the fence of 20 contributions was not held: %', r;
        end if;
        -- an unknown slug is refused by name
        begin
            perform submit_contribution(k[9], 'backend-developer', 'us', 5, 100000, 0, 0,
                                        'full-time', '{no-such-skill}', '{}', h2, 5, interval '10 minutes');
            raise exception 'self-test: an unknown skill was stored';
        exception when sqlstate '22023' then
            if sqlerrm not like '%no-such-skill%' then
                raise exception 'self-test: unknown skill message does not name it: %', sqlerrm;
            end if;
        end;
        raise exception using errcode = 'PBSTX', message = 'self-test done';
    exception when sqlstate 'PBSTX' then
        null;
    end;
    if exists (select 1 from contributions) or exists (select 1 from crowd_cells)
       or exists (select 1 from rate_events) then
        raise exception 'self-test: rows left behind';
    end if;
end $$;
-- the self-test used some ids: start from 1
alter table contributions alter column id restart with 1;
