-- 030: contributions are counted apart from published figures: the thank-you page's receipt counts accepted contributions only.
--
-- 019's receipt added the accepted contributions to the cell's published data
-- points (the reference report's 1,368), so one contribution read as "1,369 data
-- points": a published figure that moved with crowd data. A source's count is the
-- source's; contributions are counted on their own and called contributions.

create or replace function contribution_receipt(p_id bigint)
returns table (role_slug text, role_title text, region_slug text, region_name text, status text,
               count_before bigint, count_after bigint)
language plpgsql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
begin
    -- plpgsql, not sql: its plan is kept for the session (as 019)
    return query
    select r.slug::text, r.title, g.slug::text, g.name, c.status,
           k.n, k.n + (c.status = 'accepted')::integer
    from contributions c
    join roles r on r.id = c.role_id
    join regions g on g.id = c.region_id
    cross join lateral (select count(*) as n from contributions o
                        where o.role_id = c.role_id and o.region_id = c.region_id
                          and o.status = 'accepted' and o.id < c.id) k
    where c.id = p_id;
end $$;
comment on function contribution_receipt(bigint) is 'Contributions contract 2: the cell and its accepted contributions before and after this one (never the published data points).';

-- Self-test, rolled back: a contribution to a cell with published data points
-- (Backend Developer x United States, 1,368) counts only the cell's contributions.
do $$
declare
    before bigint := (select count(*) from contributions);
    n bigint := (select count(*) from contributions c join roles r on r.id = c.role_id join regions g on g.id = c.region_id
                 where r.slug = 'backend-developer' and g.slug = 'us' and c.status = 'accepted');
    r record;
begin
    begin
        select * into r from import_contribution(gen_random_uuid(), 'backend-developer', 'us', 5, 150000, 0, 0,
                                                 'full-time', '{}', '{}');
        select * into r from contribution_receipt(r.id);
        if r.count_before <> n or r.count_after <> n + (r.status = 'accepted')::integer then
            raise exception 'self-test: receipt after % accepted contributions: %', n, r;
        end if;
        raise exception using errcode = 'PBSTX', message = 'self-test done';
    exception when sqlstate 'PBSTX' then
        null;
    end;
    if (select count(*) from contributions) <> before then
        raise exception 'self-test: rows left behind';
    end if;
end $$;
