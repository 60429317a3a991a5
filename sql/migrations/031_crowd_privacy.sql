-- 031: the crowd privacy rule, stricter: under 5 contributions the count only; 5 to 19 the count and the median rounded to the nearest $5,000; quartiles and 10th/90th percentiles from 20.
--
-- 019 showed the median and quartiles from 5 contributions: with 5 they are three
-- people's own totals, to the dollar. The rule now (replacing 019's, which its
-- comments still describe):
--   * n < 5:      the count only;
--   * 5 <= n < 20: the count and the median rounded to the nearest $5,000 (no
--                 quartile: with so few, a quartile is about one person's pay);
--   * n >= 20:    the median to the dollar, the quartiles and the 10th/90th percentiles.
-- The rule lives here, in crowd_figures(), and nowhere else: the web pages, the JSON
-- API and payband-admin's export (v_crowd_export) show what it returns, and it also
-- returns the thresholds and the rounding, so that wording about it can quote them.
-- Outlier screening (contribution_store) still uses the exact quartiles internally:
-- they are never shown.

-- The export view calls the function: both are replaced (a new column cannot be
-- added to a function's result with create or replace).
drop view v_crowd_export;
drop function crowd_figures(text, text);

create function crowd_figures(p_role text, p_region text)
returns table (n bigint, published_points bigint, median integer, p25 integer, p75 integer, p10 integer,
               p90 integer, median_rounded_to integer, median_from integer, quartiles_from integer)
language plpgsql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
    -- the privacy rule: its three numbers
    c_median_from    constant integer := 5;
    c_quartiles_from constant integer := 20;
    c_round_small    constant integer := 5000;
begin
    -- plpgsql for a plan kept per session (as 019)
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
    ),
    shown as (
        select s.n, s.q,
               case when s.n >= c_quartiles_from then 1
                    when s.n >= c_median_from then c_round_small end as rounding
        from stats s
    )
    select s.n,
           coalesce((select f.data_points from market_figures f join cell on f.role_id = cell.role_id
                     and f.region_id = cell.region_id where f.rank = 1), 0)::bigint,
           (round(s.q[3]::numeric / s.rounding) * s.rounding)::integer,
           case when s.n >= c_quartiles_from then round(s.q[2]::numeric)::integer end,
           case when s.n >= c_quartiles_from then round(s.q[4]::numeric)::integer end,
           case when s.n >= c_quartiles_from then round(s.q[1]::numeric)::integer end,
           case when s.n >= c_quartiles_from then round(s.q[5]::numeric)::integer end,
           s.rounding, c_median_from, c_quartiles_from
    from shown s;
end $$;
comment on function crowd_figures(text, text) is 'Contributions contract 3, and the one place of the crowd privacy rule: under 5 accepted contributions the count only; 5 to 19 the count and the median rounded to the nearest $5,000 (median_rounded_to 5000); from 20 the median to the dollar (median_rounded_to 1), quartiles and 10th/90th percentiles. median_from and quartiles_from give the thresholds. published_points is the cell''s published count, never added to n.';

create view v_crowd_export as
select r.slug::text as role_slug, g.slug::text as region_slug, f.n, f.median, f.p25, f.p75, f.p10, f.p90,
       f.median_rounded_to
from crowd_cells k
join roles r on r.id = k.role_id
join regions g on g.id = k.region_id
cross join lateral crowd_figures(r.slug, g.slug) f
where k.n_accepted > 0;
comment on view v_crowd_export is 'Contributions contract 4: crowd figures of every cell with accepted contributions, through crowd_figures() so the privacy rule is the same one (owner only).';
comment on table crowd_cells is 'Accepted contributions per role x region, kept by the trigger on contributions (never written directly). The count is always shown; what else is shown follows crowd_figures().';

revoke execute on function crowd_figures(text, text) from public;
grant execute on function crowd_figures(text, text) to payband_web;

do $$
begin
    -- as 020: the web role runs crowd_figures as its owner and cannot read the export
    if not has_function_privilege('payband_web', 'crowd_figures(text, text)', 'execute')
       or has_table_privilege('payband_web', 'v_crowd_export', 'select') then
        raise exception 'crowd_figures/v_crowd_export privileges wrong';
    end if;
    if not (select p.prosecdef and p.proconfig::text[] @> array['search_path=pg_catalog, public, pg_temp']
            from pg_proc p where p.oid = 'crowd_figures(text, text)'::regprocedure) then
        raise exception 'crowd_figures is not SECURITY DEFINER with a pinned search_path';
    end if;
end $$;

-- Self-test, rolled back: the rule at 4, 5, 19 and 20 contributions, in a Backend
-- Developer cell without contributions. Totals 101,234 + k x 1,111 (never a
-- multiple of 5,000: the rounding shows).
do $$
declare
    before bigint := (select count(*) from contributions);
    v_region text := (select g.slug from regions g
                      where not exists (select 1 from contributions c join roles r on r.id = c.role_id
                                        where r.slug = 'backend-developer' and c.region_id = g.id)
                      order by g.sort_key limit 1);
    r record;
    k integer;
begin
    begin
        for k in 1 .. 20 loop
            select * into r from import_contribution(gen_random_uuid(), 'backend-developer', v_region, 5,
                                                     101234 + k * 1111, 0, 0, 'full-time', '{}', '{}');
            if r.status <> 'accepted' then
                raise exception 'self-test: contribution % in % was %', k, v_region, r.status;
            end if;
            select * into r from crowd_figures('backend-developer', v_region);
            if r.n <> k or r.median_from <> 5 or r.quartiles_from <> 20
               or (k < 5 and num_nonnulls(r.median, r.p25, r.p75, r.p10, r.p90, r.median_rounded_to) > 0)
               or (k between 5 and 19 and (r.median % 5000 <> 0 or r.median_rounded_to <> 5000
                                           or num_nonnulls(r.p25, r.p75, r.p10, r.p90) > 0))
               or (k = 20 and (r.median_rounded_to <> 1 or num_nulls(r.median, r.p25, r.p75, r.p10, r.p90) > 0)) then
                raise exception 'self-test: crowd_figures after % contributions: %', k, r;
            end if;
        end loop;
        -- the export applies the same rule
        set constraints contributions_crowd_count immediate;
        if (select count(*) from v_crowd_export e where e.region_slug = v_region and e.p25 is not null) <> 1 then
            raise exception 'self-test: v_crowd_export disagrees with crowd_figures';
        end if;
        raise exception using errcode = 'PBSTX', message = 'self-test done';
    exception when sqlstate 'PBSTX' then
        null;
    end;
    if (select count(*) from contributions) <> before then
        raise exception 'self-test: rows left behind';
    end if;
end $$;
